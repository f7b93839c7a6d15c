using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Tests.Recognition;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＰＡＳＳＷＯＲＤ", "password")]
    [InlineData("ｐａｓｓｗｏｒｄ　ｒｅｓｅｔ", "password reset")]
    [InlineData("パスワード", "ぱすわーど")]
    [InlineData("ﾊﾟｽﾜｰﾄﾞ", "ぱすわーど")]
    [InlineData("ログイン画面がループ", "ろぐいん画面がるーぷ")]
    [InlineData("Amazonにログイン", "amazonにろぐいん")]
    [InlineData("ヴァ", "ゔぁ")]
    [InlineData("１２３", "123")]
    [InlineData("  I   Forgot\tmy\nPassword  ", "i forgot my password")]
    [InlineData("ＣａｎＴ　ＬＯＧ　ｉｎ", "cant log in")]
    public void Normalize_FoldsWidthCaseKanaAndSpaces(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n　")]
    public void Normalize_NothingToRead_ReturnsEmpty(string? input)
    {
        Assert.Equal(string.Empty, TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_BrokenEmoji_BecomesReplacementCharacterInsteadOfThrowing()
    {
        Assert.Equal("ぱす\uFFFD", TextNormalizer.Normalize("パス\uD83D"));
    }

    [Fact]
    public void Normalize_KeepsEmojiWhole()
    {
        Assert.Equal("😭 ぱすわーど", TextNormalizer.Normalize("😭 パスワード"));
    }
}
