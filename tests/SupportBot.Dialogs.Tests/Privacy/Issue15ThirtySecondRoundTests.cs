using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, thirty-second round: the kinds behind the mistakes of blind files 177, 178, 181, 182 and 183 (travellers abroad,
/// gamers and streamers, late-night phishing panic, device sign-in, pasted rows), measured unread on c8308ca and again on
/// f73187c, then read. Every sentence here is new (none is a line of a labelled file). Each sentence of a fixed kind fails on
/// f73187c; the tests named "still" guard the other side of each fix and pass on both.
/// </summary>
public sealed class Issue15ThirtySecondRoundTests
{
    [Theory]
    [InlineData("昔飼ってた猫の名前→みけこ", "みけこ")]
    [InlineData("メモ見たら「親友の名前：ヨシダ」ってありました", "ヨシダ")]
    [InlineData("通ってた小学校→緑ヶ丘小です", "緑ヶ丘小")]
    [InlineData("childhood pet's name -> Pickles", "Pickles")]
    public void AQuestionsSubjectThenAnArrowOrAColonAndTheAnswer_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("ペットの名前→えーと、なんだっけ")]
    [InlineData("小学校: 2年まで大阪でした")]
    public void AQuestionsSubjectWithNoAnswerAfterIt_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("パスは祖母の家の地名と番地です。hanazono-12", "hanazono-12")]
    [InlineData("パスはいつもの犬の名前に数字。pochi0707", "pochi0707")]
    public void AValueInAMessageAboutThePasswordCalledPass_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("ホテルの予約番号(英数6桁 QW7RT2)を入れたら弾かれました")]
    [InlineData("予約番号 HX4KD9 でログインはできないんですよね？")]
    public void ABookingReference_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("our Riot ID is Night Owl Kai#7777 if support needs it, nothing to do with the login")]
    [InlineData("friend added my gamertag Sh4d0wF0x and then my account got weird")]
    public void AGamingHandle_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void APasswordAskedAboutAsAHypotheticalExample_IsLeftAlone() =>
        Assert.Empty(Detector.Find("would a password be ok if it were something like tokyo2025, or is that too easy to guess?"));

    [Theory]
    [InlineData("a DM from amzn-rewards-team@outlook.jp says my login expired, is it real?")]
    [InlineData("the message said to reply to +1 415 555 0188 to stop the order")]
    [InlineData("the reply address is prime.verify.jp@gmail.com in that mail, weird")]
    public void ASendersAddressOrReplyNumber_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void APasswordFieldFilledWithXsInATemplate_IsLeftAlone() =>
        Assert.Empty(Detector.Find("テンプレ: サイト名 / ID: your_id / password: XXXXXX"));

    [Fact]
    public void APasswordOfXsAndDigits_IsStillRedacted() =>
        Assert.Contains("xx9911xx", Found("password: xx9911xx", SensitiveKind.Password));

    [Fact]
    public void TheUsersOwnCallbackNumber_IsStillRedacted() =>
        Assert.Contains("080-4411-2893", Found("callback number is 080-4411-2893, please call after 6", SensitiveKind.PhoneNumber));
}

/// <summary>
/// Issue 15, thirty-second round, second part: the kinds behind the mistakes of blind files 184 and 185 (reports to the police,
/// a consumer centre or the bank; feature phones and odd keyboards), measured unread on 96d9766, then read. Every sentence here is
/// new. Each test of a fixed kind fails on 96d9766; the version's test guards the new "it was … until" rule and passes on both.
/// </summary>
public sealed class Issue15ThirtySecondRoundSecondPartTests
{
    [Theory]
    [InlineData("ｼﾂﾓﾝﾉｺﾀｴﾊ ﾔﾏﾓﾄ ﾃﾞｽ", "ﾔﾏﾓﾄ")]
    [InlineData("ヒミツノシツモン ショウガッコウ コタエ ミドリガオカ", "ミドリガオカ")]
    public void ASecretQuestionAndItsAnswerInKatakanaOnly_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void AValueTheyWereToldToKeepToThemselvesToldAsWhatItWasUntilItChanged_IsRedacted() =>
        Assert.Contains("Kobe-Blue2020", Found("the bank said never share it with anyone. it was Kobe-Blue2020 until last night", SensitiveKind.Password));

    [Fact]
    public void AVersionToldAsWhatItWasUntilAnUpdate_IsLeftAlone() =>
        Assert.Empty(Detector.Find("the app was v3.2.1 until this morning"));

    [Theory]
    [InlineData("カードの前半 4980 1234\n後半 5678 9011 です", "4980 1234\n後半 5678 9011")]
    [InlineData("card first half 5201 7755\nsecond half 0123 4564", "5201 7755\nsecond half 0123 4564")]
    public void ACardsSecondHalfOnItsOwnLine_IsRedactedWithTheFirst(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.CardNumber));

    [Fact]
    public void ANumberAMessageCameFromAskedAboutAsAScam_IsLeftAlone() =>
        Assert.Empty(Detector.Find("SMSがきた 080-3344-5521 から さぎかな？"));
}

/// <summary>
/// Issue 15, thirty-second round, third part: the kinds behind the mistakes of blind file 186 (subscriptions and charges nobody
/// expected), measured unread on 2ada3f7, then read. Every sentence here is new, and each one fails on 2ada3f7.
/// </summary>
public sealed class Issue15ThirtySecondRoundThirdPartTests
{
    [Fact]
    public void APinToldAfterALongClauseAboutWhoSetItAndWhatFor_IsRedacted() =>
        Assert.Contains("2580", Found("the pin my husband and i chose for the kids profile is 2580", SensitiveKind.SecurityCode));

    [Fact]
    public void AValueThenThatsWhatIAlwaysUse_IsRedacted() =>
        Assert.NotEmpty(Found("kinda_blue_otter42? that's what i always use", SensitiveKind.Password));

    [Fact]
    public void AValueCalledArbitraryAndAHypotheticalAfterIt_IsLeftAlone() =>
        Assert.Empty(Detector.Find("「Qwerty123みたいな適当な」パスワードって危ないですか、たとえばの話"));

    [Fact]
    public void TheNumberOfSomeoneWhoCalled_IsLeftAlone() =>
        Assert.Empty(Detector.Find("somebody from 03-6718-2245 rang me claiming to be amazon"));

    [Fact]
    public void ACardStatementsDescriptorInMixedCase_IsLeftAlone() =>
        Assert.Empty(Detector.Find("card statement: Amazon Digital*K29XQ7PL3 ¥600"));

    [Fact]
    public void APercentEncodedAddressPastedWithoutItsHost_IsLeftAlone() =>
        Assert.Empty(Detector.Find("pasted url: openid.return_to%3Dhttps%3A%2F%2Fwww.amazon.co.jp%2Fgp"));
}
