using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twenty-seventh round: the kinds behind the mistakes of blind files 128–135 (families, travellers abroad, pasted
/// text, hurried phone typing, students, bilingual users, phone and SIM changes, Amazon devices), measured unread on be5a0db,
/// then read. Every sentence here is new (none is a line of a labelled file), and each one a change is for fails on be5a0db.
/// </summary>
public sealed class Issue15TwentySeventhRoundTests
{
    [Fact]
    public void AValueRelayedWithDattaKamo_IsRedacted() =>
        Assert.Contains("tanuki1958", Found("父が言うには… tanuki1958 だったかも、とのことです", SensitiveKind.Password));

    [Fact]
    public void AQuotedValueTypedAtSignInThatStartsLikeAProduct_IsRedacted() =>
        Assert.Contains("kindle2020haru", Found("Kindleにサインインするとき「kindle2020haru」って入れたら弾かれました", SensitiveKind.Password));

    [Fact]
    public void ARomajiQuestionAboutThePassword_IsNoPassword() =>
        Assert.Empty(Detector.Find("pasuwaado wa nanketa desu ka? 12 moji?"));

    [Fact]
    public void ACodeJoinedByAUnicodeHyphen_IsRedacted() =>
        Assert.Contains("４８２‐９１０", Found("はい、それです ４８２‐９１０", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("if my password were hana1234, would that be too weak? (it isn't, only an example)")]
    [InlineData("ホテルに電話したら +44 20 7946 0321 につながりました、ホテルの番号です")]
    [InlineData("ホテルの住所は 10 Bayfront Avenue, Singapore 018956 です。ここに届けてほしいです")]
    [InlineData("send it to name@university.edu or whatever the format is?")]
    [InlineData("お店のメールアドレス info@hana-zakka.jp に聞いた方がいいですか")]
    [InlineData("auショップ渋谷の 03-5456-7788 に聞いたらAmazonへと言われました")]
    [InlineData("the activation string was LPA:1$smdp.carrier.example$ and nothing after it")]
    [InlineData("Echo Show serial H3P9 5521 08QZ shows in the app, is that the one you need?")]
    public void AnExampleAHotelsOrShopsContactAPostcodeOrASerialsGroups_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void TheirOwnShopsAddressUsedToSignIn_IsStillRedacted() =>
        Assert.Contains("info@komorebi-zakka.jp", Found("ログインに使ってるのは店のアドレス info@komorebi-zakka.jp です", SensitiveKind.EmailAddress));

    [Fact]
    public void AnAddressSpelledWithSpacesAndAnAtSaidInKana_IsRedactedWhole() =>
        Assert.Contains("k e n . t a 8 8 アットマーク gmail.com", Found("k e n . t a 8 8 アットマーク gmail.com です", SensitiveKind.EmailAddress));

    [Fact]
    public void APasswordAfterTheFlickKeyboardsVoicedSlip_IsRedacted() =>
        Assert.Contains("みかん2024", Found("ばすわーどはみかん2024です", SensitiveKind.Password));

    [Fact]
    public void ACodeReadOutInKanaWithADrawnOutDigit_IsRedacted() =>
        Assert.Contains("ろくよんななーいちにーご", Found("確認コード、ろくよんななーいちにーご", SensitiveKind.SecurityCode));

    [Fact]
    public void APhoneNumberReadOutInRomaji_IsRedacted() =>
        Assert.Contains("zero-kyuu-zero no 3321-7780", Found("zero-kyuu-zero no 3321-7780 desu", SensitiveKind.PhoneNumber));

    [Fact]
    public void RomajiThatAreAlsoWords_ReadNoNumber() =>
        Assert.Empty(Detector.Find("I have a Roku and a banana, go ni san"));

    [Fact]
    public void ATvsCodeUnderTheBareWordCode_IsRedacted() =>
        Assert.Contains("4KQ7XD", Found("TVの画面に「amazon.co.jp/code に次のコードを入力」とあって、コードは 4KQ7XD です", SensitiveKind.SecurityCode));

    [Fact]
    public void ASecretAnswerQuotedAfterTheQuestionRetold_IsRedacted() =>
        Assert.Contains("ひばりが丘", Found("秘密の質問の答え → 子供の頃住んでいた町「ひばりが丘」です", SensitiveKind.Password));
}
