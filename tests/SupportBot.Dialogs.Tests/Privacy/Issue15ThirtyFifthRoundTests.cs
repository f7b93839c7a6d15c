using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, thirty-fifth round: the kinds behind the mistakes of blind files 208–215, measured unread on fca8ff9 and 59e5531
/// (397 / 400 found, 434 / 440 left alone on both), then read. Every sentence here is new (none is a line of a labelled file).
/// Each sentence of a fixed kind fails on 59e5531; the tests named "still" guard the other side of each fix and pass on both.
/// </summary>
public sealed class Issue15ThirtyFifthRoundTests
{
    [Theory]
    [InlineData("パスワードは全部小文字で hanabi-natsu です", "hanabi-natsu")]
    [InlineData("パスワード、英語で bluemoon です", "bluemoon")]
    public void AValueAfterHowItIsWritten_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("パスワードはたしか sony0412 だったかな", "sony0412")]
    [InlineData("I typed toshiba0923 as the password and it failed", "toshiba0923")]
    public void ABrandWithADatesDigitsAfterIt_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void ABrandWithAYearInItsModelName_IsStillLeftAlone() =>
        Assert.Empty(Detector.Find("Windows2000 のころから使ってるPCです、パスワード入力画面が出ない"));

    [Fact]
    public void ASharedAddressTheAccountWasMadeWith_IsRedacted() =>
        Assert.Contains("kendo-club@gmail.com", Found("同好会の共有アドレス（kendo-club@gmail.com）でアカウント作ってます", SensitiveKind.EmailAddress));

    [Fact]
    public void ACompanysSharedAddressAMailCameTo_IsStillLeftAlone() =>
        Assert.Empty(Detector.Find("弊社の共有アドレス info@tanaka-shoji.co.jp あてに届いたメールです"));

    [Theory]
    [InlineData("診察券の番号 No.3321-0087 ってログインに使えますか")]
    [InlineData("the username on the town library site is reader07, that's their login not mine")]
    [InlineData("part number 04152-31090 for the oil filter, login keeps failing")]
    [InlineData("Honda の CB400SF に乗ってます、パスワード忘れました")]
    public void AReferenceAUsernameAPartNumberOrAModel_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void ACodePrintedInADevicesManual_IsLeftAlone() =>
        Assert.Empty(Detector.Find("the pairing PIN is 0000 according to the manual, do I need it for login?"));

    [Fact]
    public void APinChangedAsTheManualSays_IsStillRedacted() =>
        Assert.Contains("5931", Found("暗証番号は 5931 です、説明書通りに変えました", SensitiveKind.SecurityCode));
}
