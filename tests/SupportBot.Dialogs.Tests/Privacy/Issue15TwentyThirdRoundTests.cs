using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twenty-third round: the kinds behind the mistakes of blind files 74–76 (older people and students, replies
/// mid-recovery, checking a suspicious message), measured on the shipped detector and then read, and of files 78 and 80
/// (angry customers, people correcting themselves), 81, 83, 84 (a weekday's traffic, small businesses, typing for someone
/// else), 77 and 88 (computers not their own, casual traffic), and 82, 85, 86 (replies and a weekend's traffic, measured on
/// b511e03), each measured at its first look and then read. Every sentence here is new
/// (none is a line of a labelled file).
/// </summary>
public sealed class Issue15TwentyThirdRoundTests
{
    [Theory]
    [InlineData("The passphrase we picked for the family tablet was tall-cedar-window-8", "tall-cedar-window-8")]
    [InlineData("it was a passphrase, seven lanterns by the river, and it stopped working today", "seven lanterns by the river")]
    [InlineData("ええと、多分 neko_no_te3 だったような気がします", "neko_no_te3")]
    [InlineData("記念日で 20110703 にしてた気がします", "20110703")]
    [InlineData("my mistake, it should be Pq4-lantern-Mist not Pq4-lanturn-Mist", "Pq4-lantern-Mist")]
    [InlineData("Ro9-harbour-Kite じゃなくて Ro9-harbor-Kite でした", "Ro9-harbor-Kite")]
    public void APasswordToldWithoutItsUsualWords_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("さっきのは全角でした ｍｏｍｏ＿ｎｅｋｏ７ → momo_neko7 が正しいです", "momo_neko7")]
    [InlineData("hanabi-Sora4 -> hanabi-sora4 sorry, small s", "hanabi-sora4")]
    public void AValuePointedToFromItsOwnMisspelling_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("macOS 14.1 じゃなくて 14.2 でした")]
    [InlineData("iOS 17 を 17.4 → 17.5 にしてもダメ")]
    [InlineData("Gmail → Amazon → Yahoo の順で試しました")]
    [InlineData("ビルド 22H2 じゃなくて 23H2 です")]
    [InlineData("the 'qwerty99' I typed before was only a random example, please ignore it")]
    public void AVersionCorrectedOrAValueTakenBackAsAnExample_IsNoPassword(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("えっと\n６０２２８１\n最初の６は８だったかも")]
    [InlineData("728405, the 3rd digit could be a 6 though")]
    public void ACodeWithADoubtAboutOneDigit_IsRedacted(string text) =>
        Assert.NotEmpty(Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void APriceWithADoubtAboutOneDigit_IsNoCode() =>
        Assert.Empty(Detector.Find("請求は 3980 円、最後の0は8だったかも"));

    [Theory]
    [InlineData("カードの数字はこうです 4539 / 5787 / 6362 / 1486")]
    [InlineData("top row 45395787 and the bottom row 63621486")]
    [InlineData("上段 45395787\n下段 63621486")]
    public void ACardCopiedInGroupsOrRows_IsRedacted(string text) =>
        Assert.NotEmpty(Found(text, SensitiveKind.CardNumber));

    [Fact]
    public void ACodeCalledTheNumberFromAMomentAgo_IsRedacted() =>
        Assert.NotEmpty(Found("先ほどの数字は 418802 でした", SensitiveKind.SecurityCode));

    [Fact]
    public void AFamilyNumberTheAccountMayHaveBeenChangedTo_IsRedacted() =>
        Assert.NotEmpty(Found("登録の番号が娘のスマホ 080 3321 5567 に変えられてるかもです", SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("the text sender displays as +44 7700 900461, not Amazon")]
    [InlineData("相手はAmazonの佐藤と名乗って、折り返しは 06-6345-2210 までと言われた")]
    [InlineData("their 'refund team' Telegram was +62 812 3456 7788")]
    [InlineData("tanaka.refund.jp@gmail.com から「【重要】お客様のアカウントは一時停止されました」って来ました")]
    [InlineData("怪しい電話の発信元、050-3312-8841 でした")]
    [InlineData("the recovery address now ends @yahoo.co.jp and I never set that")]
    public void AScammersOrAPartialValue_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("警察署の 03-3581-4321 にも届けを出しました")]
    [InlineData("かかりつけの医院の 045-331-2208 に聞いてみます")]
    public void APublicOfficesNumber_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void AWorkAddressCalledTheCompanys_IsStillRedacted() =>
        Assert.NotEmpty(Found("登録したのは会社の m.kondo@kondo-seiki.co.jp だったと思います", SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("共用アドレスの order@hanamizuki-shop.jp にも同じメールが来ました")]
    [InlineData("the shared mailbox for our team is buying@kitagawa-works.co.jp")]
    [InlineData("The main line for the clinic is 03-5218-7740 if that matters")]
    [InlineData("老人ホームのフロント 0467-22-8103 に確認しました")]
    [InlineData("my aunt's nursing home front desk is 0123 456 7788")]
    [InlineData("my son's school rang from 03-3260-1149 to say his account was locked")]
    [InlineData("市立病院の医事課（0463-21-5566）に聞いたらここを案内されました")]
    [InlineData("080-5511-2093 から「不在のためお荷物を持ち帰りました」って。本物？")]
    [InlineData("Sakura2024 とかにしてる人多そう")]
    public void ASharedOrAPlacesLineASendersNumberOrOtherPeoplesHabit_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("母が言うには、たぶん mochi_0312 です", "mochi_0312")]
    [InlineData("Reading it off the fridge: Maple9Garden (capital M and G)", "Maple9Garden")]
    [InlineData("ok it's meadowlark22 (small m)", "meadowlark22")]
    [InlineData("秘密の質問の答えは、母の場合 やまもと です", "やまもと")]
    [InlineData("母の旧姓は やまもと と入れました", "やまもと")]
    [InlineData("答えは、祖父の場合は「ポチ」でした", "ポチ")]
    public void APasswordOrAnswerRelayedForSomeoneElse_IsRedactedWhole(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void AnAddressSpelledLetterByLetterBeforeAWholeDomain_IsRedactedWhole() =>
        Assert.Contains("k e n j i . s 7 @ gmail.com", Found("she is spelling it out: k e n j i . s 7 @ gmail.com", SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("「パスワードを記憶しますか？」は「いいえ」にしてます")]
    [InlineData("館内Wi-Fi「LIB_FREE_2G」のパスワードはカウンターに書いてある book7777 で、ネットは見られます")]
    [InlineData("the wifi in this hotel is Crown_Guest5, and the password printed on the key card envelope is stay2024, browsing works")]
    [InlineData("お店のWiFiのパスを店員さんに聞いたら 3939abcd って教えてくれた")]
    public void AButtonClickedOrAPlacesNetworkAndItsPassword_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void APasswordAfterTheWifiWasMentioned_IsStillRedacted() =>
        Assert.Contains("Kestrel88", Found("hotel wifi works fine, but my Amazon password is Kestrel88 and it fails", SensitiveKind.Password));

    [Fact]
    public void TwoCandidatesAndWhichOneItIs_AreBothRedacted() =>
        Assert.Equal(["moka_2017", "moka-2017"], Found("候補は moka_2017 moka-2017 のどっちかです", SensitiveKind.Password));

    [Fact]
    public void AnAddressSpelledWithDotsASpacedNumberAndAnAtSign_IsRedacted() =>
        Assert.NotEmpty(Found("mail: aya dot kimura 1990 @ yahoo dot co dot jp", SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("違います、それじゃなくて natsu77mori のほうです", "natsu77mori")]
    [InlineData("前のは　Hoshi☆0908　でした", "Hoshi☆0908")]
    [InlineData("pass変えたいので確認してほしい → Kamome_Pier8", "Kamome_Pier8")]
    [InlineData("I use the same one everywhere, Kappa_Rain42, yes I know", "Kappa_Rain42")]
    public void APasswordPickedShownOrReused_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void AnInquiryNumberThatPassesLuhn_IsNoCard() =>
        Assert.Empty(Detector.Find("お問い合わせ番号 20231105-00410 で前にも問い合わせました"));

    [Fact]
    public void AFamilyNumberNamedBeforeTheir_IsStillRedacted() =>
        Assert.NotEmpty(Found("my parents share one phone, their number is 090-2218-7754", SensitiveKind.PhoneNumber));

    [Fact]
    public void OwnNumberGivenForACallBack_IsStillRedacted() =>
        Assert.NotEmpty(Found("窓口に電話したら、折り返し先は 070-5512-8830 でいいかと聞かれました", SensitiveKind.PhoneNumber));
}
