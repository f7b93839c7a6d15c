using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, thirty-seventh round: the kinds behind the mistakes of blind files 224–239, measured unread on the shipped detector
/// b532e1a (224–231: 398 / 400 found, 437 / 440 left alone; 232–239: 395 / 400, 434 / 440), then read. Every sentence here is
/// new (none is a line of a labelled file). Each sentence of a fixed kind fails on b532e1a; the tests named "still" guard the
/// other side of each fix and pass on both.
/// </summary>
public sealed class Issue15ThirtySeventhRoundTests
{
    [Theory]
    [InlineData("あいことばは yama-no-hoshi です", "yama-no-hoshi")]
    [InlineData("the old password was honestly just 20040517 lol", "20040517")]
    [InlineData("たぶんこれ Hana.k0308 最後のドットの位置が自信ない", "Hana.k0308")]
    public void APasswordStatedWithAnotherWordOrTwoAdverbsOrADoubtAboutAMark_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void DigitsAnotherLockOpensWithThatThePasswordIsTheSameAs_AreRedacted() =>
        Assert.Contains("5 0 8 2 7 3", Found("スマホのロック解除が 5 0 8 2 7 3 で、Amazonのパスワードも同じにしてます", SensitiveKind.Password));

    [Theory]
    [InlineData("Dad read them to me, six two two nine one four")]
    [InlineData("パパに読んでもらった、ろくにーにーきゅういちよん")]
    public void ACodeSomeoneReadOutToThem_IsRedacted(string text) =>
        Assert.NotEmpty(Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void AScreenReaderReadingOutItsOwnVersion_IsStillLeftAlone() =>
        Assert.Empty(Detector.Find("JAWS 2024 で読み上げると「パスワード」としか言いません"));

    [Theory]
    [InlineData("is it ok to type the code with a dash? like 482-193 just as an example")]
    [InlineData("connected through a VPN, server us-nyc-12, and sign-in fails")]
    [InlineData("Is 050-6632-9174 the real Amazon number? it was in a mail")]
    [InlineData("Got a text saying my parcel is held, call 050-2218-6640 — is this legit?")]
    [InlineData("hotel の電話番号 06-6345-1111 を登録してしまった")]
    [InlineData("SMSのリンクは sagawa-jp.top/?c=58214 でした")]
    [InlineData("パスワードはカタカナでもいいですか")]
    public void AnExampleAServerANumberAskedAboutAHotelsLineALinksQueryOrAQuestion_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
}
