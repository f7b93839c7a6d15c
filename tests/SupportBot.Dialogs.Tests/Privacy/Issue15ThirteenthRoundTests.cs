using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, thirteenth round: the kinds behind the mistakes of blind files 33–36 (everyday traffic, replies inside a
/// conversation, a takeover with the person's values and the attacker's side by side) once they had been measured and read.
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
}
