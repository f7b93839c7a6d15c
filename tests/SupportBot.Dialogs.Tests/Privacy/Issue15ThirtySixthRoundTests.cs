using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, thirty-sixth round: the kinds behind the mistakes of blind files 216–223 (pets, makers, tickets, wearables, DIY,
/// romaji-only typing, home routers, cameras), measured unread on dc13ca5 (395 / 400 found, 431 / 440 left alone), then read.
/// Every sentence here is new (none is a line of a labelled file). Each sentence of a fixed kind fails on dc13ca5; the tests
/// named "still" guard the other side of each fix and pass on both.
/// </summary>
public sealed class Issue15ThirtySixthRoundTests
{
    [Fact]
    public void DigitsToldInTheSentenceAfterThePasswordWasSaidToBeDigitsOnly_AreRedacted() =>
        Assert.Contains("402917", Found("パスワードは数字のみにしてます。402917 です", SensitiveKind.Password));

    [Fact]
    public void AMobileNumberReadOutInRomajiGroups_IsRedacted() =>
        Assert.Contains("090 no 7713 no 2046", Found("renraku saki wa 090 no 7713 no 2046 desu", SensitiveKind.PhoneNumber));

    [Fact]
    public void ACardCodeNamedInRomaji_IsRedacted() =>
        Assert.Contains("552", Found("kaado no sekyuritii koodo wa 552 desu", SensitiveKind.SecurityCode));

    [Fact]
    public void ASecretAnswerInSingleQuotes_IsRedacted() =>
        Assert.Contains("mikan", Found("himitsu no shitsumon no kotae wa 'mikan' desu", SensitiveKind.Password));

    [Fact]
    public void OneValueTriedInTwoCases_IsRedactedWhateverItsShape()
    {
        var found = Found("I tried 'Shutter2.8' and then 'shutter2.8' and neither worked", SensitiveKind.Password).ToList();
        Assert.Contains("Shutter2.8", found);
        Assert.Contains("shutter2.8", found);
    }

    [Fact]
    public void ANameQuotedInTwoCases_IsStillLeftAlone() =>
        Assert.Empty(Detector.Find("I tried 'Amazon' and 'amazon' in the search box"));

    [Theory]
    [InlineData("ubuntu@homeserver:~ $ uname -m x86_64 and still the login fails")]
    [InlineData("login broke; dmesg said status=0x1f then nothing")]
    [InlineData("ファームを Ver.2.10 → Ver.2.20 にしたらログインできない")]
    [InlineData("Invalid token: 0x7C11 と出てログインできない")]
    public void APromptARegisterAFirmwareVersionOrAStatusInHex_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void ALongHexTokenStatedAsAnApiToken_IsStillRedacted() =>
        Assert.NotEmpty(Found("api token: 0x7C11aa22bb33cc44dd55", SensitiveKind.Password));

    [Fact]
    public void APaintsColourCode_IsLeftAlone() =>
        Assert.Empty(Detector.Find("The paint code is SW 6244 Naval, I can't sign in to order it"));

    [Fact]
    public void AnOrdinaryRomajiWordAfterPasswordWa_IsLeftAlone() =>
        Assert.Empty(Detector.Find("pasuwaado wa muri desu, wasuremashita"));

    [Fact]
    public void AnExampleQuotedAndDisownedAsNotTheRealPassword_IsLeftAlone() =>
        Assert.Empty(Detector.Find("「qwerty12みたいなの」って例を書いただけで、本当のパスワードじゃないです"));
}
