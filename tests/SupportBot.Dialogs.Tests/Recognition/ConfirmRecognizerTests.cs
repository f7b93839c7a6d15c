
namespace SupportBot.Dialogs.Tests.Recognition;

public class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("はい")]
    [InlineData("はい、お願いします")]
    [InlineData("ハイ")]
    [InlineData("うん")]
    [InlineData("ええ")]
    [InlineData("できた")]
    [InlineData("できました！")]
    [InlineData("大丈夫")]
    [InlineData("大丈夫です")]
    [InlineData("了解")]
    [InlineData("えっと、はい")]
    [InlineData("はい、問題ないです")]
    [InlineData("yes")]
    [InlineData("Yes please")]
    [InlineData("ｙｅｓ")]
    [InlineData("yep")]
    [InlineData("sure")]
    [InlineData("y")]
    [InlineData("OK")]
    [InlineData("ｏｋ")]
    [InlineData("no problem")]
    public void Recognize_YesInTheFormsPeopleType_IsYes(string input)
        => Assert.True(ShippedRecognizers.Confirm.Recognize(input));

    [Theory]
    [InlineData("いいえ")]
    [InlineData("ううん")]
    [InlineData("いや")]
    [InlineData("だめ")]
    [InlineData("ダメでした")]
    [InlineData("ﾀﾞﾒでした")]
    [InlineData("できない")]
    [InlineData("できませんでした")]
    [InlineData("できなかった")]
    [InlineData("無理")]
    [InlineData("まだ")]
    [InlineData("まだできません")]
    [InlineData("大丈夫じゃない")]
    [InlineData("大丈夫ではありません")]
    [InlineData("いいえ、大丈夫です")]
    [InlineData("no")]
    [InlineData("NO")]
    [InlineData("nope")]
    [InlineData("n")]
    [InlineData("no thanks")]
    [InlineData("not really")]
    [InlineData("it didn’t work")]
    public void Recognize_NoInTheFormsPeopleType_IsNo(string input)
        => Assert.False(ShippedRecognizers.Confirm.Recognize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("たぶん")]
    [InlineData("パスワードを忘れました")]
    [InlineData("はい、でもまだログインできません")]
    [InlineData("not sure")]
    [InlineData("yesterday")]
    [InlineData("nothing")]
    public void Recognize_NeitherOrAmbiguous_IsNull(string? input)
        => Assert.Null(ShippedRecognizers.Confirm.Recognize(input));
}
