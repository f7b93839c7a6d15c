using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, eighth round (after blind file 12 was read): passwords recalled with a hedge or told piece by piece, codes told as
/// they arrive or change, addresses read aloud in kana; and the senders' numbers, brands' models and examples that are nobody's.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15RecalledAndSentFromTests
{
    [Theory]
    [InlineData("多分 mikan2019 だったと思います", "mikan2019")]
    [InlineData("its kotori55 i guess, or kotori555", "kotori55")]
    [InlineData("its kotori55 i guess, or kotori555", "kotori555")]
    [InlineData("it's Nagano-Snow_88 with the underscore and the hyphen", "Nagano-Snow_88")]
    public void APasswordRecalledWithAHedgeOrHowItIsWritten_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("I changed it last night to Blue-Heron-77 and it still fails", "Blue-Heron-77")]
    [InlineData("今入れようとしてるの→ kuma.no.ko.8", "kuma.no.ko.8")]
    [InlineData("パスワードは祖母の誕生日の 19380917 です", "19380917")]
    public void APasswordToldAsWhatWasSetOrTyped_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Fact]
    public void APasswordToldPieceByPiece_HasEveryPieceRedacted()
    {
        var found = Found("パスワードは、大文字のエム、小文字でiyo、数字で1122です", SensitiveKind.Password).ToList();

        Assert.Equal(["エム", "iyo", "1122"], found);
    }

    [Theory]
    [InlineData("パスワードは数字8文字以上です")]
    [InlineData("パスワードは大文字と小文字と数字を含めてください")]
    [InlineData("たぶん iPhone15 だと思う")]
    [InlineData("エラーコードは E3021 かな")]
    [InlineData("注文番号は ABC1234 だと思う")]
    [InlineData("I set it up to work with my Echo")]
    [InlineData("the nickname on my son's profile is 'Ryo77' i think")]
    public void RulesProductsAndCodesSaidWithAHedge_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("Authy says 417 093, how long is it valid", "417 093")]
    [InlineData("はい、来ました 771204", "771204")]
    [InlineData("its 41 07 93 now, it keeps changing", "41 07 93")]
    public void ACodeToldAsItArrivesOrChanges_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void AnAddressReadAloudInKana_IsRedactedWithoutTheWordsAroundIt()
    {
        const string text = "メールは、さとし、てん、ななはち、アットマーク、ヤフー、ドット、シーオー、ドット、ジェーピー、です";

        var found = Assert.Single(Found(text, SensitiveKind.EmailAddress));

        Assert.StartsWith("さとし", found);
        Assert.EndsWith("ジェーピー", found);
    }

    [Theory]
    [InlineData("Mum says her password is Kamo gawa 1961 with no spaces", "Kamo gawa 1961")]
    [InlineData("ぱすわーどはえむけーえぬななななです", "えむけーえぬなななな")]
    public void APasswordReadOutAsItIsSaid_IsRedactedWhole(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("Fire TVに表示された登録コードは K9PF4M です", "K9PF4M")]
    [InlineData("the text said G-482913 is your verification code", "482913")]
    public void ACodeOfLettersOrWithItsSendersLetter_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void APasswordToldPieceAfterPiece_HasEveryPieceRedacted() =>
        Assert.Equal(["T", "omoko", "55"], Found("password... i think its capital T then omoko then 55", SensitiveKind.Password));

    [Theory]
    [InlineData("my password is lower case letters only, then I changed it")]
    [InlineData("パスワード、0とOどっちだったか分からなくて困ってます")]
    public void WhatAPasswordIsMadeOf_IsNotAPassword(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void TwoCodesOfferedAsEitherOfTwo_AreBothRedacted() =>
        Assert.Equal(["518 330", "518 303"], Found("got 518 330 and 518 303, which one is it", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("2019 or 2020 i dont remember when i made it")]
    [InlineData("1980円か1990円のどっちか")]
    public void YearsAndPricesOfferedAsEitherOfTwo_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void APhoneNumberToldByItsStartAndItsEnd_IsRedacted() =>
        Assert.Equal(["080 7731", "2045"], Found("my mobile starts with 080 7731 and ends in 2045", SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("ホテルのWi-Fiパスワードは lobby5521 って書いてあった")]
    [InlineData("会社の代表 03-5555-0100、FAX 03-5555-0101 が署名に入ってる")]
    public void AHotelsWiFiPasswordAndAFaxNumber_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("text from \"Amazon JP\" +44 7700 900456, real or fake?")]
    [InlineData("the redeem page shows an example like Q9W8-E7R6T5-Y4U3 in grey")]
    public void ASenderNamedInQuotesOrAnExampleLikeThis_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("エラーコードは E1001 でした")]
    [InlineData("アットマークの後ろはドコモです")]
    public void AnErrorCodeOrAnAddressPartAlone_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void AnAddressReadInHiraganaWithSpaces_IsRedacted() =>
        Assert.Contains("あっとまーく", Assert.Single(Found("アドレスは まつい けんじ あっとまーく じーめーる どっと こむ です", SensitiveKind.EmailAddress)));

    [Theory]
    [InlineData("the SMS came from short code 86753, is it real")]
    [InlineData("+44 20 7946 0991 から何度もかかってくるんですが")]
    [InlineData("送信元 +63 918 553 2201 からSMS")]
    [InlineData("someone linked an address to my profile, it's now kenji.deals.store@gmail.com and that is NOT me")]
    public void WhatAMessageCameFromOrWhatIsDisowned_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("Xperia 10 IV と AQUOS wish3 でログインできない")]
    [InlineData("Fire HD10 で見られない")]
    [InlineData("キャプチャの文字列「p4wx9t」が読めない")]
    [InlineData("for example my password could be something like kuma1234, that's only an example")]
    public void ModelsCaptchasAndExamples_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
}
