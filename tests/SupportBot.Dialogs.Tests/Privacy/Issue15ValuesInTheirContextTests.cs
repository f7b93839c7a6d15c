using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, fifth round: values recognised from the words around them rather than from their shape, and values next to
/// the person's that are not theirs. Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15ValuesInTheirContextTests
{
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();

    [Theory]
    [InlineData("パス ７７ｓａｋｕｒａｎｂｏ で入れたけど弾かれた", "７７ｓａｋｕｒａｎｂｏ")]
    [InlineData("I write the pass Minh2024 and it fails", "Minh2024")]
    [InlineData("パスワードの yukidaruma_fuyu で入れてます", "yukidaruma_fuyu")]
    [InlineData("パスワードは覚えやすく umi-to-yama-to-sora にしたはず", "umi-to-yama-to-sora")]
    public void AMadeUpValueNextToThePasswordWord_IsRedacted(string text, string password) =>
        Assert.Contains(Detector.Find(text), f => f.Kind == SensitiveKind.Password && text.Substring(f.Start, f.Length) == password);

    [Theory]
    [InlineData("1Password に全部保存してあるので間違いないはず")]
    [InlineData("the password reset_token in the link has expired")]
    public void ANameOrAnIdentifier_IsNoPassword(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind == SensitiveKind.Password);

    [Theory]
    [InlineData("パスワードは漢字で「春夏秋冬ねこ」にしてます", "春夏秋冬ねこ")]
    [InlineData("合言葉は「おばあちゃんのぬかづけ」で登録しました", "おばあちゃんのぬかづけ")]
    public void AJapanesePassphraseInQuotes_IsRedacted(string text, string passphrase) =>
        Assert.Contains(Detector.Find(text), f => f.Kind == SensitiveKind.Password && text.Substring(f.Start, f.Length) == passphrase);

    [Theory]
    [InlineData("パスワードのヒントは「母の旧姓」です")]
    [InlineData("パスワードを入れると「パスワードが正しくありません」と出ます")]
    [InlineData("パスワードの条件は「英字と数字を両方含む」らしい")]
    public void WhatAScreenOrAHintSaysInQuotes_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void TwoVersionsOfAPassword_AreBothRedacted()
    {
        const string Text = "パスワードの shirokuma_oyako も、その前の shirokuma_oyako7 もダメでした";
        var found = Detector.Find(Text).Where(f => f.Kind == SensitiveKind.Password).Select(f => Text.Substring(f.Start, f.Length));
        Assert.Equal(["shirokuma_oyako", "shirokuma_oyako7"], found);
    }

    [Fact]
    public void TwoPasswordsOfferedAsAlternatives_AreBothRedacted()
    {
        const string Text = "パスワード分からなくなった。kumasan12 か kumasan21 のどっちかだった気がする";
        var found = Detector.Find(Text).Where(f => f.Kind == SensitiveKind.Password).Select(f => Text.Substring(f.Start, f.Length));
        Assert.Equal(["kumasan12", "kumasan21"], found);
    }

    [Theory]
    [InlineData("Do you want the PIN? It is 7391", "7391")]
    [InlineData("CVV... 829 I think", "829")]
    [InlineData("メールで番号が届いたので 482915 を入れたけど進まない", "482915")]
    [InlineData("the number they texted me was 55 81 02", "55 81 02")]
    public void ACodeASentenceAwayFromItsWord_IsRedacted(string text, string code) =>
        Assert.Contains(Detector.Find(text), f => f.Kind == SensitiveKind.SecurityCode && text.Substring(f.Start, f.Length) == code);

    [Theory]
    [InlineData("the card ending in 4417 — do you need its PIN?")]
    [InlineData("暗証番号を2019年に変えたきりです")]
    [InlineData("電話番号が来月 2 日から変わります")]
    public void ACardsLastDigitsADateOrAPhoneNumbersNews_IsNoCode(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind == SensitiveKind.SecurityCode);

    [Fact]
    public void AnAddressReadOutInKatakana_IsRedacted() =>
        Assert.Contains(
            Detector.Find("アドレスは sato.hiro22 アット ヤフー ドット シーオー ドット ジェーピー です"),
            f => f.Kind == SensitiveKind.EmailAddress);

    [Theory]
    [InlineData("noreply@softbank.jp からの通知しか来ない")]
    [InlineData("account-update@amazon-jp-login.com ってこれ本物？")]
    [InlineData("got a mail signed by service@arnazon.co from a strange site")]
    public void ASendersOrAnImpostorsAddress_IsLeftAlone(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind == SensitiveKind.EmailAddress);

    [Theory]
    [InlineData("a text told me to call 03-5521-8890 right away")]
    [InlineData("050-1234-9876 に至急電話しろと書いてあった")]
    public void ANumberAMessageSaidToCall_IsLeftAlone(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind == SensitiveKind.PhoneNumber);

    [Theory]
    [InlineData("please call me at 090-2231-8876 when you can")]
    [InlineData("折り返しは 080-4417-2290 に電話してください")]
    public void TheirOwnNumberToCallBack_IsStillRedacted(string text) =>
        Assert.Contains(Detector.Find(text), f => f.Kind == SensitiveKind.PhoneNumber);
}
