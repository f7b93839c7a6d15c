using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, thirteenth to fifteenth rounds: the kinds behind the mistakes of blind files 33–44 (everyday traffic, replies
/// inside a conversation, a takeover with the person's values and the attacker's side by side, people at the end of their
/// patience, setting things right afterwards, shared devices, asking first whether the bot is safe) once they had been
/// measured and read.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15ThirteenthRoundTests
{
    [Theory]
    [InlineData("さっき入れたの さくら1120 です、違いますか", "さくら1120")]
    [InlineData("使ってるのは もみじ0707 だと思う", "もみじ0707")]
    public void KanaRunIntoDigitsToldAsWhatWasTyped_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Fact]
    public void DigitsToldAsWhatWasMadeThePassword_AreRedacted() =>
        Assert.Contains("19910415", Found("パスワード、結婚記念日の19910415にしてたはずです", SensitiveKind.Password));

    [Fact]
    public void AValuePastedAfterSayingSo_IsRedacted() =>
        Assert.Contains("bluecanyon42", Found("ok I'll just paste it: bluecanyon42", SensitiveKind.Password));

    [Theory]
    [InlineData("I opened the account with my school email (graduated 2018) and the code goes there")]
    [InlineData("コードが来ない。2015年から使ってるアカウントで、since 2015 ずっと同じ番号")]
    public void AYearToldAsOneNearCodeWords_IsNoCode(string text) =>
        Assert.DoesNotContain(Detector.Find(text), finding => finding.Kind == SensitiveKind.SecurityCode);

    [Theory]
    [InlineData("変更後のアドレスが zz.parcel42@proton.me になってた。こんなの知らないです")]
    [InlineData("電話番号が 080-6612-0047 に書き換えられてた、家族の誰の番号でもない")]
    [InlineData("注文のお届け先電話番号 045-662-1180 って誰ですか？")]
    public void AnAttackersValueDisownedOrAskedAbout_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void TheirOwnNumberBesideAnAttackersDisownedOne_IsStillRedacted()
    {
        var found = Found("私の番号は 090-2231-7784 です。080-6612-0047 は知らない番号です", SensitiveKind.PhoneNumber);

        Assert.Contains("090-2231-7784", found);
    }

    [Theory]
    [InlineData("my mum's number is the backup on the account: 080 3391 7702. she lives far away", "080 3391 7702")]
    [InlineData("電話は 090-5531-2208. 平日は出られます", "090-5531-2208")]
    public void ANumberEndingASentenceWithAFullStop_IsRedacted(string text, string phone) =>
        Assert.Contains(phone, Found(text, SensitiveKind.PhoneNumber));

    [Fact]
    public void AVersionAfterAPhoneLikeNumber_IsStillNoPhone() =>
        Assert.DoesNotContain(Detector.Find("build 0312-4455-6677.2 failed"), finding => finding.Kind == SensitiveKind.PhoneNumber);

    [Fact]
    public void TwoSpellingsOfOneWordyPassword_AreRedacted()
    {
        var found = Found("it was either bluemountainriver or blue-mountain-river, not sure", SensitiveKind.Password);

        Assert.Contains("bluemountainriver", found);
        Assert.Contains("blue-mountain-river", found);
    }

    [Theory]
    [InlineData("The picture shows something like 4KpQ9z but it keeps saying wrong when I sign in")]
    [InlineData("The number they called me from was 03-6677-1020, they said they were Amazon")]
    [InlineData("SMSの送信元が「Amazon」じゃなくて +1 (415) 555-0131 になってます")]
    [InlineData("The fake text came from alerts@amaz0n-secure.net and a number +81 50-7712-4409, I reported both")]
    [InlineData("メールに「0120-44-1234 ではなく 050-6612-9981 までご連絡ください」ってありました")]
    [InlineData("I signed up with something like firstname.lastname@gmail.com, not typing my real one")]
    public void ACaptchasLettersACallersOrSendersNumberOrANamePlaceholder_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void PartsSaidToBeJoinedInAPasswordMessage_AreRedactedTogether() =>
        Assert.Contains("neko 1999", Found("パスワードは確か、 neko 1999 をくっつけたやつです", SensitiveKind.Password));

    [Theory]
    [InlineData("ひらがなで「みけねこ」です。秘密の質問の答え", "みけねこ")]
    [InlineData("秘密の質問の答え言っていい？「たま」です", "たま")]
    public void AQuotedAnswerBesideTheWordsForIt_IsRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Fact]
    public void AnAddressWithABracketedAtAndABareDot_IsRedacted() =>
        Assert.Contains("m.okada.home (at) gmail dot com", Found("reset to m.okada.home (at) gmail dot com please", SensitiveKind.EmailAddress));

    [Fact]
    public void OneWordTypedTwoWaysWithACapitalInside_IsRedactedBothWays()
    {
        var found = Found("I typed sunflower but maybe it was SunFlower, does case matter?", SensitiveKind.Password);

        Assert.Contains("sunflower", found);
        Assert.Contains("SunFlower", found);
    }

    [Fact]
    public void ANameTypedTwiceWithoutACapitalInside_IsLeftAlone() =>
        Assert.Empty(Detector.Find("I typed amazon in the search bar but Amazon still says sign in"));

    [Fact]
    public void ACodeAfterAnExasperatedWord_IsRedacted() =>
        Assert.Contains("604 218", Found("ugh fine. 604 218", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("I got an email saying my password was changed at 3:42am, it wasn't me")]
    [InlineData("ホテルのPCのパスワードをフロントで聞いたら「lobby」だって")]
    [InlineData("パスワードは「好きな花＋記念日」みたいな感じです。具体的には言いません")]
    public void ATimeAPlacesSharedPasswordOrADescription_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
}
