using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twenty-fifth round: the kinds behind the mistakes of blind files 108–113 (helpers typing for others, developers, a
/// Monday's traffic, takeovers, TVs and devices, prepared structured messages), measured unread on the shipped detector fb55af9
/// and again on 3eaa0f6, then read. Every sentence here is new (none is a line of a labelled file), and each one a change is
/// for fails on fb55af9. Files 115, 117 and 119 (young casual users, small businesses, angry users) were read after their first
/// looks at 562c546, file 116 (replies mid-recovery) after its first look at 8dbf1c7, and files 120, 121 and 124 (a weekend
/// afternoon, English speakers tied to Japan, assistive and unusual input) after theirs at 36ca904.
/// </summary>
public sealed class Issue15TwentyFifthRoundTests
{
    [Theory]
    [InlineData("パスワードは echo1357! です", "echo1357!")]
    [InlineData("パスワードは switch0912! って入れてます", "switch0912!")]
    public void APasswordStartingWithAProductsNameAndToldWithACopula_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void APhoneNamedAfterThePasswordWordAsTheToolOfAChange_IsNoPassword() =>
        Assert.Empty(Detector.Find("パスワードは Pixel8 で変更しました"));

    [Fact]
    public void AValueReadOutLetterByLetterWithHyphens_IsRedacted() =>
        Assert.Contains("T-a-r-o-1-9-8-8", Found("she read it out as T-a-r-o-1-9-8-8 from her notebook", SensitiveKind.Password));

    [Fact]
    public void ANameSpelledWithHyphens_IsNoPassword() =>
        Assert.Empty(Detector.Find("my surname is spelled S-U-Z-U-K-I on the card"));

    [Theory]
    [InlineData("I'd type something like hana2020 — just an example")]
    [InlineData("my password is kame5678 – only an example here")]
    public void AValueCalledAnExampleAfterADash_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("the keychain has it stored as Mitsu-Bachi7! but the site rejects it", "Mitsu-Bachi7!")]
    [InlineData("Bitwarden lists the saved one as Roku_Kamo22 and it won't fill in on the log-in page", "Roku_Kamo22")]
    public void APasswordAPasswordManagerShows_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("Stripeのテスト環境では 4000 0566 5566 5556 で決済できるのに")]
    [InlineData("the test card 5555 5555 5555 4444 passes in sandbox but my real card fails")]
    [InlineData("the example key from the docs sk_test_51Hq8ZcKx2LmP0aa works, my login doesn't")]
    public void AValuePublishedForTesting_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("不審な電話がかかってきました。045-312-8874 からで、警察だと名乗っていました")]
    [InlineData("my account now lists +1 415 555 0142 as the phone, I don't recognise this at all")]
    [InlineData("the email on my account became kx92@protonmail.com and I don't know who that is")]
    public void ANumberOrAddressTheyDisownOrACallerClaimedToBeSomeone_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("「初めて飼ったペットの名前は？」と聞かれて、コタロウと答えました", "コタロウ")]
    [InlineData("秘密の質問「出身の小学校」→ さくらだい（漢字だと桜台）", "さくらだい")]
    public void ASecretAnswerAfterItsQuotedQuestion_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void AValueToldToSomeoneWhoAskedForIt_IsRedacted() =>
        Assert.Contains("mame-shiba-8", Found("電話で聞かれて mame-shiba-8 って教えちゃったんですが大丈夫でしょうか", SensitiveKind.Password));

    [Theory]
    [InlineData("テレビの画面に出てるコードは K7W2QP です", "K7W2QP")]
    [InlineData("the code on the screen says 4HT9ZX, where do I enter it", "4HT9ZX")]
    public void ALetterAndDigitCodeNamedByTheScreenItShowsOn_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void AnErrorCodeOnTheScreen_IsNoSecurityCode() =>
        Assert.Empty(Detector.Find("the error code on the screen says E4R5T2"));

    [Fact]
    public void ACardCodeReadOutWithHyphens_IsRedacted() =>
        Assert.Contains("5-0-8", Found("the 3 numbers on the back of my card are 5-0-8", SensitiveKind.SecurityCode));

    [Fact]
    public void AnAddressSpelledOutWithItsDomainWhole_IsRedactedAsAnAddress() =>
        Assert.Contains("m i k a 5 5 @ t.vodafone.ne.jp", Found("m i k a 5 5 @ t.vodafone.ne.jp が昔のアドレスです", SensitiveKind.EmailAddress));

    [Fact]
    public void APasswordSetOffAndSaidToBeUsedForEverything_IsRedacted() =>
        Assert.Contains("maple-crow-dusk-37", Found("fine, it's maple-crow-dusk-37, I use it for basically everything", SensitiveKind.Password));

    // Kinds left over from earlier rounds' read files.
    [Theory]
    [InlineData("hanako0312")]
    [InlineData("sakuraneko77")]
    public void AMessageThatIsOneWordRunIntoDigits_IsRedacted(string text) =>
        Assert.Contains(text, Found(text, SensitiveKind.Password));

    [Fact]
    public void AProductNameAlone_IsNoPassword() =>
        Assert.Empty(Detector.Find("windows11"));

    [Fact]
    public void AValueAfterSoIDid_IsNotTakenForAnId() =>
        Assert.Contains("Kx9#poolside", Found("the rep told me to use the old one, so I did: Kx9#poolside — same error", SensitiveKind.Password));

    [Theory]
    [InlineData("アドレスは mika_0915 の yahoo です", "mika_0915")]
    [InlineData("my address is kenta_88 on yahoo", "kenta_88")]
    public void TheNameOfAnAddressBeforeItsProvider_IsRedacted(string text, string name) =>
        Assert.Contains(name, Found(text, SensitiveKind.EmailAddress));

    [Fact]
    public void APasswordToldAsTheOneForBothSites_IsRedacted() =>
        Assert.Contains("mikan55", Found("楽天もアマゾンもどっちも mikan55 にしてます", SensitiveKind.Password));

    [Theory]
    [InlineData("両方 iPhone15 です")]
    [InlineData("全部 B08N5WRWNW です")]
    public void AProductOrAnAsinToldForBoth_IsNoPassword(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("これでいける？ Tsuki_no_ura7 ← 大丈夫かな", "Tsuki_no_ura7")]
    [InlineData("Maple_Stone42 <- strong enough?", "Maple_Stone42")]
    public void AValuePointedBackAtAndAskedAbout_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void ASecretAnswerEndedInDialectOrAnEmoji_IsRedacted() =>
        Assert.Contains("ぽんた", Found("秘密の質問 ペットの名前のとこ → ぽんた やで😆", SensitiveKind.Password));

    [Fact]
    public void AGameTag_IsNoPassword() =>
        Assert.Empty(Detector.Find("my discord tag is neko#2231, not related to amazon"));

    [Fact]
    public void APasswordStatedForANamedAccount_IsRedacted() =>
        Assert.Contains("Sora!Umi2024", Found("the password for our shop account is Sora!Umi2024 and it says wrong", SensitiveKind.Password));

    [Theory]
    [InlineData("the vendor's contact email is help@mikan-shop.jp, should I write to them?")]
    [InlineData("info@kakunin-center.xyz って怪しくないですか")]
    public void ASellersAddressOrOneAskedAboutAsSuspicious_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void ACardAfterAShortNumber_IsRedactedWithoutIt() =>
        Assert.Contains("4917 6203 8851 2740", Found("my sister got this visa at 19 4917 6203 8851 2740 and now its blocked", SensitiveKind.CardNumber));

    [Fact]
    public void ASecretAnswerInSingleQuotesAfterItsQuestion_IsRedacted() =>
        Assert.Contains("kita high", Found("school: 'kita high' is the answer i used", SensitiveKind.Password));

    [Theory]
    [InlineData("画面に「認証に失敗しました (E-2034)」")]
    [InlineData("the app says (E-1029) when I enter the verification code")]
    public void AnErrorsCodeInBracketsNearACodeWord_IsNoSecurityCode(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void ACodeWithItsSendersLetter_IsStillRedacted() =>
        Assert.Contains("482913", Found("G-482913 is your code", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("Mother's maiden name question — Hargreaves", "Hargreaves")]
    [InlineData("秘密の質問「好きな食べ物」の答えは、カタカナで ラーメン です", "ラーメン")]
    public void ASecretAnswerAfterADashOrAfterItsScriptIsNamed_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("it should be sapporo1979 but maybe caps lock was on?", "sapporo1979")]
    [InlineData("Harbor-Fox-2021 is what I set after the move, I think", "Harbor-Fox-2021")]
    public void APasswordSaidToBeWhatItShouldBeOrWhatWasSet_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void ANorthAmericanNumberWithItsAreaCodeInBrackets_IsRedacted() =>
        Assert.Contains("(312) 555-0148", Found("the number on the account is (312) 555-0148", SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("the front desk gave me 06-6311-2040 but that's just their hotel line")]
    [InlineData("the shop staff gave me 045-210-8800 but that's just their store")]
    public void ANumberSaidAfterwardsToBeAPlacesOwn_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void ACodeRetoldAfterOhIGotItWrong_IsRedacted() =>
        Assert.Contains("830214", Found("あ、間違えた、830214 です", SensitiveKind.SecurityCode));

    [Fact]
    public void APasswordAsVoiceDictationWritesIt_IsRedacted() =>
        Assert.Contains("capital S sunflower 7 7 7", Found("the password was capital S sunflower 7 7 7", SensitiveKind.Password));

    [Fact]
    public void ASentenceAboutWhatAPasswordHoldsInWords_IsLeftAlone() =>
        Assert.Empty(Detector.Find("my password is capital letters and numbers"));
}
