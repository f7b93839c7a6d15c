using SupportBot.Dialogs.Recognition;

namespace SupportBot.Dialogs.Tests.Recognition;

public class TextNormalizerTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    [InlineData("ＹＥＳ", "yes")]
    [InlineData("２番", "2番")]
    [InlineData("ヘルプ", "へるぷ")]
    [InlineData("ﾍﾙﾌﾟ", "へるぷ")]
    [InlineData("  start \t  over ", "start over")]
    [InlineData("オペレーター", "おぺれーたー")]
    public void Normalize_FoldsWidthCaseKanaAndSpaces(string? input, string expected)
        => Assert.Equal(expected, TextNormalizer.Normalize(input));
}
