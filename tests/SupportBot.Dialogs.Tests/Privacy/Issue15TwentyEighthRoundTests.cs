using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twenty-eighth round: the kinds behind the mistakes of blind files 143–150 (cashless payments, stories told over days,
/// gamers, dialects, values read off photos, a relative in hospital or gone, business buyers and sellers, structured replies),
/// measured unread on b16e52c, then read. Every sentence here is new (none is a line of a labelled file), and each one fails on
/// b16e52c.
/// </summary>
public sealed class Issue15TwentyEighthRoundTests
{
    [Theory]
    [InlineData("question: 母の旧姓 → answer I put was Mori", "Mori")]
    [InlineData("2日目に「好きな食べ物は？」が出て、からあげ って入れたら違うと言われました", "からあげ")]
    [InlineData("秘密の質問「初めての車は？」の答え→あおいスバル", "あおいスバル")]
    [InlineData("初めて飼うた犬の名前じゃろ？コタ郎じゃ", "コタ郎")]
    [InlineData("秘密の質問？母親の旧姓やろ、「きむら」や", "きむら")]
    [InlineData("Q: 母親の旧姓\nA: さとう\nこれで合ってますか", "さとう")]
    [InlineData("秘密の質問の答え、手帳には「モモ」って書いてありました", "モモ")]
    public void ASecretAnswerToldAfterTheQuestionInTheWaysPeopleTellIt_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void APassphraseSetOffByCommasAfterFriday_IsRedacted() =>
        Assert.Contains("blue kettle morning 2019", Found("On Friday I set a passphrase, blue kettle morning 2019, because my daughter said so.", SensitiveKind.Password));

    [Fact]
    public void ACodeAfterADialectYes_IsRedacted() =>
        Assert.Contains("5-1-7-3-9-2", Found("んだ、それだ 5-1-7-3-9-2", SensitiveKind.SecurityCode));

    [Fact]
    public void AnAddressSpelledWithSpacesAndAtAndDotInWords_IsRedactedAsAnAddress() =>
        Assert.Contains("y u k i 2 0 0 1 at gmail dot com", Found("email: y u k i 2 0 0 1 at gmail dot com, the 0s might be Os", SensitiveKind.EmailAddress));

    [Fact]
    public void TheirOwnSellerAccountsAddress_IsRedacted() =>
        Assert.Contains("kaede.works.shop@gmail.com", Found("ｓｅｌｌｅｒ用は kaede.works.shop@gmail.com です、買い物用とは別です", SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("Settlement ID: PX-2023-0418-77291 shows done but the order is still unpaid")]
    [InlineData("ゲームのフレンド ID 1009384756201 から申請が来ました")]
    [InlineData("EAN 4006381333931 vs UPC 036000291452, which one do I enter")]
    public void AnIdentifierOrABarcodeThatPassesLuhnOrLooksLikeAPhone_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("the buyer asked me to contact them at orders-jp@tokyo-gift-shop.com about it")]
    [InlineData("受け取りのローソンの電話 098-862-1234 にかけても誰も出ない")]
    [InlineData("The funeral home's number is 0466-22-4410, they offered to help with the paperwork")]
    [InlineData("Our family lawyer is at Morita Law Office, 03-3580-2214. Can they call you?")]
    [InlineData("The solicitor handling the estate is a.morita@morita-law.jp, please write to him")]
    [InlineData("病院からのメール（info@shonan-kinen.or.jp）にAmazonの件が書いてありました")]
    [InlineData("ビックカメラ有楽町（03-5221-1111）で買ったカードです")]
    public void AContactOfAShopAHospitalALawyerOrAFuneralHome_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("CAPTCHAが「p4Rz8」か「p4RzB」か見分けがつかない")]
    [InlineData("just an example, but if my password were something like Sunny2024, is that weak?")]
    [InlineData("郵便番号、160-0O23 じゃなくて 160-0023 で合ってますか")]
    [InlineData("error: 'Your password is incorrect' (LOGIN-4031) on the seller page")]
    [InlineData("Error: ERR_NAME_NOT_RESOLVED at twitch.tv/directory")]
    public void APuzzlesLettersAnExampleAPostcodeAnErrorCodeOrAPagesAddress_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void TheSupportNumberMisreadByADigitBesideIt_IsKept()
    {
        var redactor = new SensitiveDataRedactor(Detector, new RedactionOptions { PublicPhoneNumbers = ["011-330-3000"] });
        const string Text = "I called 011-330-3000, or was it 011-330-3008? the paper was torn";
        Assert.Equal(Text, redactor.Redact(Text));
    }

    [Fact]
    public void ANumberADigitFromTheSupportNumberWithoutItBeside_IsStillRedacted()
    {
        var redactor = new SensitiveDataRedactor(Detector, new RedactionOptions { PublicPhoneNumbers = ["011-330-3000"] });
        Assert.Equal("my home is [redacted:phone]", redactor.Redact("my home is 011-330-3008"));
    }
}
