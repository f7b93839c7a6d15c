using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, tenth round: the kinds behind the mistakes of blind files 17, 18 and 20 once they had been measured and read, and
/// forms found by probing with new sentences. Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15TenthRoundTests
{
    [Theory]
    [InlineData("母の旧姓を聞かれたので「やまぐち」と答えました", "やまぐち")]
    [InlineData("質問は出身の小学校で、「桜台小」って入れた", "桜台小")]
    [InlineData("秘密の質問が出たけど、ペットの名前なら「もなか」のはず", "もなか")]
    [InlineData("スマホでは security question の答え マロン で通った", "マロン")]
    public void AnAnswerToTheSecretQuestionToldAsAnsweredOrAfterItsSubject_IsRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("旧姓 中村 で登録したかもしれません、今は田中です")]
    [InlineData("旧姓が入ったメアドで登録していた気がします")]
    [InlineData("質問されたので「はい」と答えました")]
    [InlineData("回答フォームで送りました")]
    public void AMaidenNameOrAYesAroundTheWordForAQuestion_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("いつも使ってるやつ（hinata88）で入れない", "hinata88")]
    [InlineData("使ってたやつ mochi2021 だと弾かれる", "mochi2021")]
    public void AValueCalledTheOneTheyUse_IsRedacted(string text, string password) =>
        Assert.Contains(Found(text, SensitiveKind.Password), found => found.Contains(password, StringComparison.Ordinal));

    [Theory]
    [InlineData("6けたのやつ 402 918", "402 918")]
    [InlineData("６ケタの番号 771204 でした", "771204")]
    public void ACodeNamedByItsLengthInKana_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("注文番号は 503-2291847-0046213 です、届いていません")]
    [InlineData("order 112-4410928-3305511 never arrived")]
    public void AnOrderNumberHoldsNoPhoneNumber(string text) =>
        Assert.DoesNotContain(Detector.Find(text), finding => finding.Kind == SensitiveKind.PhoneNumber);

    [Theory]
    [InlineData("レシート番号 0312-448-2071 の商品です")]
    [InlineData("受付番号: 0466-22-1187")]
    [InlineData("my booking number is 0422-981-334")]
    public void AReferenceLabelledAsOne_IsNoPhoneNumber(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("販売店の問い合わせ窓口 06-6344-2901 に電話しても繋がりません")]
    [InlineData("I rang the customer service number 03-5545-8870 and waited an hour")]
    [InlineData("A scammer called me from 050-6612-0934 pretending to be Amazon")]
    [InlineData("someone texted me from 080-2231-4409 with a link")]
    public void AContactCentresOrAScammersNumber_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("my wife texted me from her new number 080-5530-2218", "080-5530-2218")]
    [InlineData("問い合わせ先として私の携帯 090-7412-3308 を書きました", "090-7412-3308")]
    public void TheirOwnOrFamilyNumberNearThoseWords_IsStillRedacted(string text, string phone) =>
        Assert.Contains(phone, Found(text, SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("qwer5678 と入れて試しただけで、本物のパスワードではありません")]
    [InlineData("abcd1234 は実際のパスワードじゃないです、形式の確認だけ")]
    public void AValueSaidNotToBeTheRealPassword_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
}
