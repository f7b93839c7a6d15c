using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twenty-second round: the kinds behind the misses of blind files 69–72 (everyday traffic late at night and on a
/// Monday morning, replies mid-recovery, everything in the first message), measured on the shipped detector and then read.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15TwentySecondRoundTests
{
    [Theory]
    [InlineData("password は 'kinmokusei_3' であってますか", "kinmokusei_3")]
    [InlineData("家のPCでもスマホでも同じ Rbt-2291-kq を入れてるのに通らない", "Rbt-2291-kq")]
    [InlineData("パスワード数字だけです\n20010915\nダメですか", "20010915")]
    [InlineData("全角だったのかも ｓａｋｕｒａ８８ ←こう入ってたかな", "ｓａｋｕｒａ８８")]
    [InlineData("ヒントは「猫」だったので、たぶん mike_nyanko かな", "mike_nyanko")]
    [InlineData("First pet's name? Pickles. That's what I put years ago", "Pickles")]
    public void APasswordOrAnswerToldInAReply_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void ACodeCorrectedAfterAMistypedDigit_IsRedacted() =>
        Assert.NotEmpty(Found("すみません一桁打ち間違えました。正しくは 552190 です", SensitiveKind.SecurityCode));

    [Fact]
    public void AnAddressSpelledAtAProvidersWholeDomain_IsRedacted() =>
        Assert.NotEmpty(Found("maybe it's under jwalters at gmail dot com, I use that for everything", SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("I signed up at gmail dot com years ago")]
    [InlineData("Security question? Not sure which one I picked")]
    [InlineData("Chromeを入れ直してもダメでした")]
    public void APlaceAQuestionOrAnAppReinstalled_IsNoSecret(string text) =>
        Assert.Empty(Detector.Find(text));
}
