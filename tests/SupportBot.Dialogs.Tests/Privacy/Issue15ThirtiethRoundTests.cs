using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, thirtieth round: the kinds behind the mistakes of blind files 136–142, 159–163, 165 and 166 (lockouts, workplace
/// chat, sale days, reused passwords, describing the screen, carers, corrections, evenings and weekends, replies, the day after a
/// takeover, cache and browsers, older users new to smartphones, late nights), measured unread on 5938062, then read. Every
/// sentence here is new (none is a line of a labelled file), and each one fails on 5938062.
/// </summary>
public sealed class Issue15ThirtiethRoundTests
{
    [Theory]
    [InlineData("父の旧姓を聞かれたので、タナカと入力しました", "タナカ")]
    [InlineData("好きな先生は？って聞かれたから、ヤマダって答えた", "ヤマダ")]
    [InlineData("Security question is 'favourite teacher'. My wife says Okamura, all lowercase", "Okamura")]
    [InlineData("the street question — I answered 'maple' back in 2010", "maple")]
    [InlineData("秘密の質問の答えは、祖母によると「はなこ」らしいです", "はなこ")]
    public void ASecretAnswerTypedAfterItsQuestionWasAskedOrToldByWhoSetIt_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("fyi the shared login for our team's Amazon account is OfficeBuy#22 — Mari made it last year", "OfficeBuy#22")]
    [InlineData("the sign-in for the kids' account is Hoshi2019! if that helps", "Hoshi2019!")]
    public void ALoginForAnAccountToldAsWhatItIs_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("会社のPCだけは別にしてて momiji_1990ab かな。アマゾンのはそれを少し変えたやつ", "momiji_1990ab")]
    [InlineData("Firefox's saved logins list shows shiba.tarou.0412 for amazon.co.jp, is that the current one?", "shiba.tarou.0412")]
    [InlineData("I'm not asking for a reset, I know it's 'purple monkey dishwasher 7', the site just rejects it", "purple monkey dishwasher 7")]
    [InlineData("can i just tell you here? its   bluewhale_sea88", "bluewhale_sea88")]
    [InlineData("is it safe to write my password in this chat? it is  tulip 1 9 8 4  without spaces", "tulip 1 9 8 4")]
    public void AValueHedgedListedInsistedOnOrToldAfterAskingIfItIsSafe_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void AnAddressSpelledOutWithDigitsInItsName_IsRedactedWhole() =>
        Assert.Contains("taro_1990 at yahoo dot co dot jp", Found("I entered taro_1990 at yahoo dot co dot jp in the email field", SensitiveKind.EmailAddress));

    [Fact]
    public void ACardReadOutOneDigitAtATimeWithWideGapsBetweenGroups_IsRedacted() =>
        Assert.Contains("5 4 1 2   7 5 0 0   9 9 0 3   6 6 0 1", Found("I'll read it slowly: 5 4 1 2   7 5 0 0   9 9 0 3   6 6 0 1", SensitiveKind.CardNumber));

    [Theory]
    [InlineData("Back of his card, the three tiny numbers are 8 1 6. need those?", "8 1 6")]
    [InlineData("はい、それです　3-9-4-7-2-1 あ、最後1じゃなくて7です", "3-9-4-7-2-1")]
    public void ACodeOnTheBackOfSomeonesCardOrOneWithADigitCorrectedAfterIt_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("パスワードはDiscordに書かないでって兄に言われた")]
    [InlineData("さっき書いた「Hikari」はパスワードじゃなくてルーターの名前でした")]
    [InlineData("Clicked \"Forgot password?\" → got a page titled \"Password help\" → it wants my email")]
    [InlineData("The email says 'Your one-time password is valid for 10 minutes'")]
    [InlineData("明細に AMAZON.CO.JP*1R4QX22M0 ってあるけど何？")]
    [InlineData("請求書に AMZN Mktp JP*7Q2LM04X1 とあります")]
    public void WhereAPasswordMustNotGoANameSaidNotToBeOneScreenTextOrAStatementLine_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("検索で出た「アマゾンカスタマーサポート 050-2231-7740」にかけていい？")]
    [InlineData("買ったのはお店で、領収書に TEL 03-5544-1200 と印字されてます")]
    [InlineData("変なSMSの送り主の番号は 050-4412-9087 でした")]
    [InlineData("電話番号の欄に +1 415 555 0199 というアメリカの番号が入っていました。削除しました")]
    public void ANumberFoundOnlineOnAReceiptFromASenderOrAForeignOneFoundInTheAccount_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("the last 4 on my visa are 2291... no wait, 2219")]
    [InlineData("末尾が ***-****-7720 の番号にSMS送ったと出ました、あ、7702でした")]
    public void TheVisibleEndOfACardOrANumberToldAgainCorrected_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void APinMaskedThenToldAfterAllWithAsManyDigits_IsRedacted() =>
        Assert.Contains("6 1 3 7", Found("my card PIN: **** — hmm, the bot says it needs it to verify me? fine then 6 1 3 7", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("追加された住所（私じゃない）: 山田太郎 大阪府大阪市北区梅田1-2-3 電話 06-6345-1122")]
    [InlineData("something came in the post yesterday saying it was from Amazon with a QR code and a phone number 03-5412-7788")]
    public void ANumberInARecordLabelledNotTheirsOrOnMailClaimingToBeFromAFirm_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void AValueTheKeychainShows_IsRedacted() =>
        Assert.Contains("mikan-tree-04", Found("iPhoneのキーチェーンに mikan-tree-04 って出てる", SensitiveKind.Password));

    [Theory]
    [InlineData("Security question: first car. My husband thinks it's Corolla", "Corolla", "first")]
    [InlineData("secret question: favourite teacher -> Okamura", "Okamura", "favourite")]
    public void TheAnswerToAQuestionNamedByItsSubject_IsRedactedButNotTheSubjectsFirstWord(string text, string answer, string subjectWord)
    {
        var found = Found(text, SensitiveKind.Password).ToList();
        Assert.Contains(answer, found);
        Assert.DoesNotContain(subjectWord, found);
    }

    [Fact]
    public void AnAnswerThatShouldBeSomething_IsRedacted() =>
        Assert.Contains("Kotetsu", Found("for the pet one the answer should be Kotetsu, capital K", SensitiveKind.Password));

    // Blind file 167 (measured unread on 08c7b06, then read): one answer had been caught only by its question's first word.
    [Theory]
    [InlineData("for the school one, answer \"Minami\" I think", "Minami")]
    [InlineData("妻の名前+結婚した年で yumiko2012 にしてます", "yumiko2012")]
    public void AnAnswerInQuotesRightAfterTheAnswerWordOrAValueAfterWhatItIsMadeOf_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("会社法人等番号 0311-01-654321 の控えしかありません")]
    [InlineData("登記番号 0602-01-778899 が書いてある紙はあります")]
    public void ACompanysRegistrationNumber_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
}
