using SupportBot.Dialogs.Engine;

namespace SupportBot.Dialogs.Tests.Recognition;

public class InterruptionRecognizerTests
{
    [Theory]
    [InlineData("ヘルプ", InterruptionKind.Help)]
    [InlineData("ﾍﾙﾌﾟ", InterruptionKind.Help)]
    [InlineData("助けてください", InterruptionKind.Help)]
    [InlineData("使い方を教えて", InterruptionKind.Help)]
    [InlineData("もう一回やり直したい", InterruptionKind.Cancel)]
    [InlineData("just start over", InterruptionKind.Cancel)]
    [InlineData("Help me please", InterruptionKind.Help)]
    [InlineData("最初から", InterruptionKind.Cancel)]
    [InlineData("最初からやり直したい", InterruptionKind.Cancel)]
    [InlineData("やめる", InterruptionKind.Cancel)]
    [InlineData("キャンセルしてください", InterruptionKind.Cancel)]
    [InlineData("中止", InterruptionKind.Cancel)]
    [InlineData("Cancel", InterruptionKind.Cancel)]
    [InlineData("let's start over", InterruptionKind.Cancel)]
    [InlineData("quit", InterruptionKind.Cancel)]
    [InlineData("オペレーター", InterruptionKind.HumanAgent)]
    [InlineData("オペレーターに繋いでください", InterruptionKind.HumanAgent)]
    [InlineData("人と話したいです", InterruptionKind.HumanAgent)]
    [InlineData("担当者と話したい", InterruptionKind.HumanAgent)]
    [InlineData("電話したい", InterruptionKind.HumanAgent)]
    [InlineData("I want to talk to a human", InterruptionKind.HumanAgent)]
    [InlineData("agent please", InterruptionKind.HumanAgent)]
    [InlineData("representative", InterruptionKind.HumanAgent)]
    [InlineData("やめてオペレーター", InterruptionKind.HumanAgent)]
    public void Recognize_ClearRequests_AreInterruptions(string input, InterruptionKind expected)
        => Assert.Equal(expected, ShippedRecognizers.Interruptions.Recognize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("はい")]
    [InlineData("２番")]
    [InlineData("ヘルプページを見たけど分からない")]
    [InlineData("オペレーターの電話番号を知りたいのではなくメールで")]
    [InlineData("I canceled my card yesterday")]
    [InlineData("helpful")]
    [InlineData("パスワードを忘れました")]
    [InlineData("パスワードを変更したいのでヘルプ")]
    [InlineData("ログイン出来ません助けて")]
    [InlineData("昨日届いた身に覚えのない注文をキャンセルしたい")]
    [InlineData("パスワードを3回入れ直してもダメだったのでもう一回やり直したい")]
    public void Recognize_OrdinaryAnswers_AreNotInterruptions(string? input)
        => Assert.Equal(InterruptionKind.None, ShippedRecognizers.Interruptions.Recognize(input));
}
