using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twenty-ninth round: the kinds behind the mistakes of blind files 151–158 (weekday lunchtime, unwanted orders and
/// changed details, replies to the bot's questions, people masking their own values, residents from other Asian countries,
/// quoted notifications, children on the family account, night-shift workers), measured unread on 2a54a4d, then read. Every
/// sentence here is new (none is a line of a labelled file), and each one fails on 2a54a4d.
/// </summary>
public sealed class Issue15TwentyNinthRoundTests
{
    [Fact]
    public void TheAddressAnAttackerChangedTheirsFrom_IsRedacted() =>
        Assert.Contains("sato.kenji77@nifty.com", Found("誰かにメアドを sato.kenji77@nifty.com から知らないのに変更されました", SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("はい。midori-no-oka55 です。 これで大丈夫ですか？", "midori-no-oka55")]
    [InlineData("最後に設定したのは usagi##2023 です。スマホから変えました", "usagi##2023")]
    [InlineData("secret question answer: my first car = Corolla (dad's old one)", "Corolla")]
    [InlineData("秘密の質問の答えは 김 で登録したと思います", "김")]
    public void AValueRepliedThenAskedAboutSetAsTheLastOneOrAnsweredAfterItsSubject_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("パスは前半伏せて ****7731、でも全部だと hoshi7731 です", "hoshi7731")]
    [InlineData("念のため伏せます→ ta●●●●●●88 …意味ないか、tanpopo88 です", "tanpopo88")]
    public void AValueMaskedThenToldInFull_IsRedacted(string text, string value) =>
        Assert.Contains(value, Found(text, SensitiveKind.Password));

    [Fact]
    public void AMobileNumberWithOneDigitStarredOut_IsRedacted() =>
        Assert.Contains("080 6623 4*17", Found("Dad's mobile is 080 6623 4*17, he's the one locked out", SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("Do I enter it like user@domain.com or with my real one?")]
    [InlineData("I wrote my address as k***o@gmail.com on purpose, will that work?")]
    [InlineData("前は docomo の SO-52C、今は Pixel 8 です")]
    [InlineData("The invoice shows the shop as 'OSAKA-TOOLS' with phone 06-6543-2210")]
    [InlineData("郵便番号ですか？ 160-0023 です")]
    public void APlaceholderAMaskedAddressAPhonesModelAShopsPhoneOrAPostcode_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void AMobileNumberWellMasked_IsLeftAlone() =>
        Assert.Empty(Detector.Find("Dad's mobile shows as 080-****-4417 on the screen"));
}
