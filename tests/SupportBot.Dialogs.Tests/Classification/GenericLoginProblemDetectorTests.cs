using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

public class GenericLoginProblemDetectorTests
{
    private static readonly GenericLoginProblemDetector Detector = GenericLoginProblemDetector.FromEmbeddedContent();

    public static TheoryData<string> GenericExamples => new(GenericLoginContent.LoadEmbedded().Examples);

    [Theory]
    [InlineData("Amazonにログインできません")]
    [InlineData("ＡＭＡＺＯＮにﾛｸﾞｲﾝできません")]
    [InlineData("アマゾンにログイン出来ないんですが、どうすればいいですか？")]
    [InlineData("ログインできなくて困ってます😭")]
    [InlineData("サインインできません。助けてください")]
    [InlineData("cant log in")]
    [InlineData("I can’t log in to Amazon")]
    [InlineData("Help! I cannot sign in to my account")]
    [InlineData("amazon login not working")]
    [InlineData("sign-in issue")]
    public void BareCannotLogInIsGeneric(string text)
    {
        Assert.True(Detector.IsGenericLoginProblem(text));
    }

    [Theory]
    [InlineData("パスワードを忘れてログインできません")]
    [InlineData("スマホだとログインできない")]
    [InlineData("正しいパスワードなのにログインできない")]
    [InlineData("メールアドレスが分からずログインできない")]
    [InlineData("I can't log in on my iPhone")]
    [InlineData("can't sign in, I forgot my password")]
    [InlineData("パスワードを忘れました")]
    [InlineData("返品したい")]
    [InlineData("")]
    [InlineData(null)]
    public void UtteranceNamingACauseOrNoLoginProblemIsNotGeneric(string? text)
    {
        Assert.False(Detector.IsGenericLoginProblem(text));
    }

    [Theory]
    [MemberData(nameof(GenericExamples))]
    public void EveryGenericExampleInTheContentIsDetected(string text)
    {
        Assert.True(Detector.IsGenericLoginProblem(text));
    }

    [Theory]
    [MemberData(nameof(GenericExamples))]
    [InlineData("Amazonにログインできません")]
    [InlineData("アマゾンにログイン出来ないんですが")]
    [InlineData("ログインできなくて困ってます")]
    [InlineData("cant log in")]
    [InlineData("I cannot log in to amazon")]
    public void ClassifierIsNotConfidentAboutAGenericLoginProblem(string text)
    {
        var prediction = TrainedClassifier.Instance.Classify(text);

        Assert.True(prediction.Confidence < ClassifierEvaluator.DefaultConfidentThreshold, $"{prediction.Label} {prediction.Confidence:F2}");
    }
}
