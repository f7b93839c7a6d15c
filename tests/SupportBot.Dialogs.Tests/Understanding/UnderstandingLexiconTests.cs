using SupportBot.Dialogs.Tests.Recognition;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Tests.Understanding;

public sealed class UnderstandingLexiconTests
{
    private static readonly UnderstandingLexicon Lexicon = ShippedRecognizers.Understanding;

    [Theory]
    [InlineData("Androidです", Devices.Android)]
    [InlineData("I'm on an iPhone 12", Devices.IPhone)]
    [InlineData("パソコンのEdgeで開いてます", Devices.Other)]
    [InlineData("PCのChromeです", Devices.Other)]
    [InlineData("Chromeを使っています", Devices.Android)]
    [InlineData("ｱﾝﾄﾞﾛｲﾄﾞのスマホ", Devices.Android)]
    public void ADeviceNamedAnywhereInASentenceIsFound(string text, string device) =>
        Assert.Equal(device, Lexicon.DeviceIn(UtteranceText.Clean(text)));

    [Theory]
    [InlineData("the knowledge base says nothing")]
    [InlineData("my machine learning class")]
    [InlineData("パスワードを忘れました")]
    public void WordsThatMerelyContainADeviceNameAreNotOne(string text) =>
        Assert.Null(Lexicon.DeviceIn(UtteranceText.Clean(text)));

    [Theory]
    [InlineData("メアドはわかるけどパスワード忘れた", true)]
    [InlineData("登録アドレスは把握しております", true)]
    [InlineData("I know my email but forgot the password", true)]
    [InlineData("I don't know my email", false)]
    [InlineData("メールアドレスは把握していません", false)]
    [InlineData("メールアドレスがわからない", false)]
    public void SayingTheEmailIsKnownIsToldFromSayingItIsNot(string text, bool known) =>
        Assert.Equal(known, Lexicon.SaysEmailKnown(UtteranceText.Clean(text)));

    [Theory]
    [InlineData("いや、ブラウザじゃなくて、パスワード忘れたんだと思う", true)]
    [InlineData("no it's not the browser, I think I forgot my password", true)]
    [InlineData("wait no, I didn't forget it, someone changed it", true)]
    [InlineData("パスワードが違うと言われる", false)]
    [InlineData("it worked", false)]
    public void CorrectionsAreRecognised(string text, bool correction) =>
        Assert.Equal(correction, Lexicon.IsCorrection(UtteranceText.Clean(text)));

    [Theory]
    [InlineData("あのー、えっと", true)]
    [InlineData("hmm so basically", true)]
    [InlineData("えっと、パスワードを忘れました", false)]
    [InlineData("so I can't sign in", false)]
    public void HesitationAloneIsNotYetAMessage(string text, bool onlyFiller) =>
        Assert.Equal(onlyFiller, Lexicon.IsOnlyFiller(UtteranceText.Clean(text)));
}
