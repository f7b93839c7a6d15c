using System.Text;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

public sealed class TextFoldingTests
{
    [Fact]
    public void EveryCodeUnitFoldsExactlyAsItsOwnNfkcFormWhenThatIsOneAsciiCharacter()
    {
        // The table skips blocks that are NFKC as a whole; this holds it to the one-by-one definition (and the hyphens NFKC keeps to '-').
        var mismatches = new List<string>();
        for (var c = 0x80; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            var expected = c is 0x2010 or 0x2011 or 0x2012 or 0x2212 ? '-' : NfkcAsciiOf((char)c) ?? (char)c;
            var folded = TextFolding.Fold(((char)c).ToString())[0];
            if (folded != expected)
            {
                mismatches.Add($"U+{c:X4}: {(int)folded:X4} instead of {(int)expected:X4}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("０９０－１２３４", "090-1234")]
    [InlineData("ＡＢＣ　ｘｙｚ", "ABC xyz")]
    [InlineData("①②", "12")]
    [InlineData("３３９‐０２８", "339-028")]
    [InlineData("2−4", "2-4")]
    [InlineData("パスワード", "パスワード")]
    public void FoldKeepsLengthAndFoldsWidthForms(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    private static char? NfkcAsciiOf(char c)
    {
        try
        {
            return c.ToString().Normalize(NormalizationForm.FormKC) is { Length: 1 } form && form[0] < 0x80 ? form[0] : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
