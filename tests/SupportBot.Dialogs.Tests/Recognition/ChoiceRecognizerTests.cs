using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Tests.Recognition;

public class ChoiceRecognizerTests
{
    private static readonly List<Choice> Japanese =
    [
        new("メールアドレスを忘れた"),
        new("パスワードを忘れた") { Synonyms = ["パスワード", "password"] },
        new("phone") { Action = new CardAction(ActionTypes.ImBack, "電話番号が変わった", value: "電話番号が変わった") },
    ];

    private static readonly List<Choice> English = [new("Reset my password"), new("Verification code never arrives"), new("Account locked")];

    [Theory]
    [InlineData("メールアドレスを忘れた", 0)]
    [InlineData("パスワード", 1)]
    [InlineData("PASSWORD", 1)]
    [InlineData("電話番号が変わった", 2)]
    [InlineData("2", 1)]
    [InlineData("２", 1)]
    [InlineData("２番", 1)]
    [InlineData("2番目", 1)]
    [InlineData("２番目", 1)]
    [InlineData("二番目", 1)]
    [InlineData("二つ目", 1)]
    [InlineData("三つ目のやつ", 2)]
    [InlineData("3番でお願いします", 2)]
    [InlineData("第二", 1)]
    [InlineData("最後", 2)]
    [InlineData("メール", 0)]
    [InlineData("電話番号", 2)]
    [InlineData("ぱすわーどをわすれた", 1)]
    public void Recognize_JapaneseAnswers_PickTheRightChoice(string input, int expectedIndex)
        => Assert.Equal(expectedIndex, ShippedRecognizers.Choice.Recognize(input, Japanese)?.Index);

    [Theory]
    [InlineData("account locked", 2)]
    [InlineData("the second one", 1)]
    [InlineData("second", 1)]
    [InlineData("2nd", 1)]
    [InlineData("the last one", 2)]
    [InlineData("number 3", 2)]
    [InlineData("1", 0)]
    [InlineData("the code never arrives", 1)]
    [InlineData("password", 0)]
    public void Recognize_EnglishAnswers_PickTheRightChoice(string input, int expectedIndex)
        => Assert.Equal(expectedIndex, ShippedRecognizers.Choice.Recognize(input, English)?.Index);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4")]
    [InlineData("5番目")]
    [InlineData("忘れた")]
    [InlineData("banana")]
    public void Recognize_NoneOrAmbiguous_IsNull(string? input)
        => Assert.Null(ShippedRecognizers.Choice.Recognize(input, Japanese));

    [Fact]
    public void Recognize_ExactMatch_ScoresOneAndNamesTheSynonym()
        => Assert.Equal(new FoundChoice("パスワードを忘れた", 1, 1.0, "password"), ShippedRecognizers.Choice.Recognize("Password", Japanese));
}
