using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, nineteenth round: the kinds behind the mistakes of blind files 57–60 (phone keyboards, families sharing or
/// managing accounts, technical users, replies inside the conversation) once they had been measured and read.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15NineteenthRoundTests
{
    [Fact]
    public void AnAmexCodeNamedByWhereItsFourDigitsArePrinted_IsRedacted() =>
        Assert.NotEmpty(Found("so the 4 on the front is the code? ok mine is 7 3 0 8", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("娘が決めたもので「ほしぞらきれい」をローマ字にして hoshizorakirei です", "ほしぞらきれい")]
    [InlineData("娘が決めたもので「ほしぞらきれい」をローマ字にして hoshizorakirei です", "hoshizorakirei")]
    public void APhraseAndItsRomaji_AreBothRedacted(string text, string part) =>
        Assert.Contains(part, Found(text, SensitiveKind.Password));

    [Fact]
    public void AQuotedAnswerWithItsQuestionInBrackets_IsRedacted() =>
        Assert.Contains("くろすけ", Found("秘密の質問の答え、父のなら「くろすけ」（子どもの頃の犬）です", SensitiveKind.Password));

    [Fact]
    public void APassphraseCalledAnAikotoba_IsRedacted() =>
        Assert.Contains("つきよのうさぎ3", Found("あいことばで「つきよのうさぎ3」ってひらがなで登録しました", SensitiveKind.Password));

    [Theory]
    [InlineData("デイサービスの事務所（0267-44-1182）に電話して手伝ってもらってもいいですか")]
    [InlineData("That isn't mine. I've never seen kx.vortex77@proton.me, someone changed it to that")]
    [InlineData("the sample on your help page was 'Summer2024!' and I'm not using that")]
    public void AnOfficesNumberAStrangersAddressOrAGuidesExample_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void TheirOwnAddressBeforeSayingTheHackerChangedIt_IsStillRedacted() =>
        Assert.Contains("naomi.fujii.77@outlook.jp", Found("my real address is naomi.fujii.77@outlook.jp and the hacker switched it to something else", SensitiveKind.EmailAddress));
}
