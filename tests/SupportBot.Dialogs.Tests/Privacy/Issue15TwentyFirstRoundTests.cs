using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twenty-first round: the kinds behind the mistakes of blind files 65–68 (everyday traffic, replies mid-recovery,
/// a takeover), measured on the shipped detector and then read.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15TwentyFirstRoundTests
{
    [Theory]
    [InlineData("mine's a passphrase, \"tall giraffes eat clouds 7\", since last year", "tall giraffes eat clouds 7")]
    [InlineData("want the old one? it was meadowlark88 before the reset", "meadowlark88")]
    [InlineData("ｍｉｎａｔｏ５５６６　で入ろうとしたけど弾かれた", "ｍｉｎａｔｏ５５６６")]
    public void APasswordToldInPassing_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Fact]
    public void AnAnswerAfterConfirmingWhichQuestion_IsRedacted() =>
        Assert.Contains("ハナコ", Found("小学校の友達の質問ですね。ハナコ です", SensitiveKind.Password));

    [Fact]
    public void ANumberSomeoneAddedToTheAccount_IsLeftAlone() =>
        Assert.Empty(Detector.Find("someone added a phone number +44 7700 900461 to my account, that is not my number at all"));

    [Fact]
    public void TheirOwnNumberBesideTheOneSomeoneAdded_IsStillRedacted() =>
        Assert.Contains("090-3324-8819", Found("my number is 090-3324-8819. someone added a phone number +44 7700 900461 too", SensitiveKind.PhoneNumber));
}
