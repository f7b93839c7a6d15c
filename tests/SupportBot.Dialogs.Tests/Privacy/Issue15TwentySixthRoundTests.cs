using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twenty-sixth round: the kinds behind the mistakes of blind files 114, 118, 122, 123, 125, 126 and 127 (older users,
/// changed circumstances, a weekday evening, suspected takeovers, a weekday morning, replies in a conversation, late at night),
/// measured unread on the shipped detector 88feeb3 and again on be5a0db, then read. Every sentence here is new (none is a line of a
/// labelled file), and each one a change is for fails on be5a0db.
/// </summary>
public sealed class Issue15TwentySixthRoundTests
{
    [Theory]
    [InlineData("「ヤマトサポート」という所から 050-2271-9034 に至急電話しなさいというSMSが届きました")]
    [InlineData("近所の八百屋さん（0467-22-1180）に教えてもらいました")]
    [InlineData("the hotel I stayed at in Sydney is +61 2 9251 7700 if you need it")]
    public void ANumberAMessageOrdersThemToCallOrAShopOrHotelHas_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("the fake text said: \"Your parcel is held. Call 1-888-402-7713 to release it\"")]
    [InlineData("a scammer left a voicemail asking me to ring +1 (877) 310-4492 back")]
    public void AForeignTollFreeNumber_IsABusinesssAndLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void AForeignMobileNumber_IsStillRedacted() =>
        Assert.Contains("+1 (415) 882-0937", Found("my cell is +1 (415) 882-0937", SensitiveKind.PhoneNumber));

    [Fact]
    public void AnAddressReadOutLetterByLetterWithMiddleDots_IsRedacted() =>
        Assert.Contains(
            "エイチ・エー・エヌ・エー・ゼロ・ゼロ・ナナ、アットマーク、ドコモ、ドット・エヌ・イー、ドット・ジェイ・ピー",
            Found("母のメアドを読みます。エイチ・エー・エヌ・エー・ゼロ・ゼロ・ナナ、アットマーク、ドコモ、ドット・エヌ・イー、ドット・ジェイ・ピー", SensitiveKind.EmailAddress));

    [Fact]
    public void ABrandWrittenWithMiddleDotsAroundAt_IsNoAddress() =>
        Assert.Empty(Detector.Find("アット・コスメ・ドット・コムの会員です"));

    [Theory]
    [InlineData("先ほど聞かれた件、m・i・k・a・n・7・7 と電話で一文字ずつ伝えてしまいました", "m・i・k・a・n・7・7")]
    [InlineData("Amazonのパスワードは全部数字で、ニ・ゼロ・ゼロ・イチ・ゴ・ナナ・ハチ・サン です", "ニ・ゼロ・ゼロ・イチ・ゴ・ナナ・ハチ・サン")]
    public void APasswordSpelledWithMiddleDots_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("パスワード数字だけにしてて 20010918(息子の誕生日)です", "20010918")]
    [InlineData("数字だけのパスワードにしてたはず　07231988", "07231988")]
    public void DigitsSaidToBeTheWholePassword_AreRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void AYearAfterASentenceAboutDigitOnlyPasswords_IsNoPassword() =>
        Assert.Empty(Detector.Find("数字だけのパスワードは危ないと聞きました 2023年"));

    [Fact]
    public void ACardCodeNamedByWhereItIsPrinted_IsRedacted() =>
        Assert.Contains("417", Found("カードの裏に書いてある三桁の番号は 417 です", SensitiveKind.SecurityCode));

    [Fact]
    public void ACodeInKanjiNumeralsAfterAPoliteYes_IsRedacted() =>
        Assert.Contains("五二八三〇一", Found("はい、こちらでございます　五二八三〇一", SensitiveKind.SecurityCode));

    [Fact]
    public void ACodeRetoldAfterAFullWidthMistake_IsRedactedBothTimes()
    {
        var codes = Found("２９１８３０…あ、違った 291803 です", SensitiveKind.SecurityCode);
        Assert.Contains("２９１８３０", codes);
        Assert.Contains("291803", codes);
    }

    [Fact]
    public void AnOldPasswordOfWordsJoinedByDots_IsRedacted() =>
        Assert.Contains("sora.umi.kaze", Found("パスワードはこの前変えた。古いのは sora.umi.kaze だった", SensitiveKind.Password));

    [Theory]
    [InlineData("kaeru2525（かえる2525をローマ字で）", "kaeru2525")]
    [InlineData("はい、haruka0707 ですね（全部小文字です）", "haruka0707")]
    public void AValueWithAnAsideOnHowItIsWritten_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void AValueSaidToBeWhatTheyAlwaysLogInWith_IsRedacted() =>
        Assert.Contains("mame-daifuku-desu", Found("毎回 pass mame-daifuku-desu でいつも入ってます", SensitiveKind.Password));

    [Fact]
    public void AMobileNumberToldInGroupsJoinedByTo_IsRedacted() =>
        Assert.Contains("080 と 5519 と 2046", Found("妻の携帯は 080 と 5519 と 2046 です", SensitiveKind.PhoneNumber));
}
