using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, thirty-first round: the kinds behind the mistakes of blind files 168, 170, 174 and 175 (accessibility tools,
/// freelancers and tiny businesses, convenience-store and transfer payments, new numbers and mail providers), measured unread on
/// 403d7c3 and again on 3c837dc, then read. Every sentence here is new (none is a line of a labelled file), and each one fails on
/// 3c837dc.
/// </summary>
public sealed class Issue15ThirtyFirstRoundTests
{
    [Theory]
    [InlineData("secret question first school -> Hillcrest", "Hillcrest")]
    [InlineData("my security question first car => Civic", "Civic")]
    public void ASecurityQuestionsSubjectThenAnArrowAndTheAnswer_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("先ほどの4桁、7 3 9 1 で合ってますか", "7 3 9 1")]
    [InlineData("さっきの8桁 40918273 を入れても進まない", "40918273")]
    public void DigitsToldAsTheNDigitsThatCameEarlier_AreRedactedAsACode(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("ペイジーの確認番号は 5530 って書いてあるけど、どこに入れるの？")]
    [InlineData("ATMで払うときの確認番号、注文メールの 9021 でいいんですよね")]
    public void APaymentSlipsConfirmationNumber_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void AnErrorsNameWithAHexStatusInAMessageAboutThePassword_IsLeftAlone() =>
        Assert.Empty(Detector.Find("NET-0x2ee7_1A shows up whenever I enter my password"));

    [Theory]
    [InlineData("確認番号 4821 が届きました", "4821")]
    [InlineData("銀行ATMの画面の前です。SMSの確認番号 662190 を入れればいい？", "662190")]
    public void AConfirmationNumberThatArrivedOrCameBySms_IsStillRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void APasswordWithAHexPartToldAsThePassword_IsStillRedacted() =>
        Assert.Contains("Tomo-0x77_K1", Found("password: Tomo-0x77_K1", SensitiveKind.Password));
}
