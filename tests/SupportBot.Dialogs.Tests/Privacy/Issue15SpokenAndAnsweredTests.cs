using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, sixth round: numbers read out in words (voice input, reading aloud), answers to secret questions, short
/// replies of one value, and sentences about a password that hold no value. Every sentence here is new.
/// </summary>
public sealed class Issue15SpokenAndAnsweredTests
{
    [Theory]
    [InlineData("携帯はゼロハチゼロのサンサンイチニーのヨンゴーロクナナです", "ゼロハチゼロのサンサンイチニーのヨンゴーロクナナ")]
    [InlineData("でんわばんごう、ぜろきゅうぜろ、いちにーさんよん、ごーろくななはち", "ぜろきゅうぜろ、いちにーさんよん、ごーろくななはち")]
    [InlineData("番号はゼロナナゼロの、5512の、8830です", "ゼロナナゼロの、5512の、8830")]
    public void APhoneNumberReadOutInKana_IsRedacted(string text, string number) =>
        Assert.Contains(number, Found(text, SensitiveKind.PhoneNumber));

    [Fact]
    public void ACodeReadOutInKana_IsRedacted() =>
        Assert.Contains("はちにーよんろくいちぜろ", Found("認証コードは はちにーよんろくいちぜろ でした", SensitiveKind.SecurityCode));

    [Fact]
    public void ACardReadOutInKanjiNumerals_IsRedacted() =>
        Assert.NotEmpty(Found("クレカの番号、四一一一 一一一一 一一一一 一一一一 です", SensitiveKind.CardNumber));

    [Theory]
    [InlineData("田中さんにご相談したいです")]
    [InlineData("にしにしの商店街で買ったスマホです")]
    [InlineData("いちいち確認するのが面倒で、さんざん試しました")]
    public void KanaThatOnlyLookLikeDigits_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("秘密の質問の答えは「ミケ」です", "ミケ")]
    [InlineData("the answer to my security question is Kagoshima", "Kagoshima")]
    [InlineData("母の旧姓は サイトウ で登録したはず", "サイトウ")]
    public void TheAnswerToASecretQuestion_IsRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("秘密の質問の答えが分からなくなりました")]
    [InlineData("the answer is wrong according to the site")]
    public void SayingAnAnswerIsWrong_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("たぶん hanamizuki21", "hanamizuki21")]
    [InlineData("はい、それです kotetsu0707", "kotetsu0707")]
    public void AShortReplyOfOneMadeUpValue_IsAPassword(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("はい。３９０２７１", "３９０２７１")]
    [InlineData("yes it's 5-5-0-2-1-8", "5-5-0-2-1-8")]
    public void AYesAndANumber_IsACode(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("パスワードはうさぎ二〇一九です", "うさぎ二〇一九")]
    [InlineData("パスワードの欄に 20010915 って入れてます", "20010915")]
    public void APasswordOfKanaOrDigitsTold_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("my pw stopped working after the update")]
    [InlineData("the password is gone from my head completely")]
    [InlineData("I'm 100% sure the password is right")]
    [InlineData("パスワードを入れると「このページは動作していません」と出ます")]
    [InlineData("my son changed the password to \"something stronger\" and forgot it")]
    public void ASentenceAboutThePasswordWithoutOne_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void ACapitalisedValueAfterPw_IsStillAPassword() =>
        Assert.Contains("Marmalade!!", Found("the pw Marmalade!! never worked", SensitiveKind.Password));

    [Theory]
    [InlineData("+1 (415) 555-0132 is my US cell", "+1 (415) 555-0132")]
    [InlineData("my number in Manila is +63 917 555 0134", "+63 917 555 0134")]
    public void AnInternationalNumber_IsRedacted(string text, string number) =>
        Assert.Contains(number, Found(text, SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("sample@example.com のような形で入力するんですか")]
    [InlineData("the reset mail goes to an address ending in @outlook.jp")]
    [InlineData("勝手に追加されたアドレスは hk.990@mail.ru でした")]
    [InlineData("請求書に書いてあった番号 03-5219-8800 にかけても大丈夫？")]
    public void AnAddressOrNumberThatIsNotTheirs_IsLeftAlone(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind is SensitiveKind.EmailAddress or SensitiveKind.PhoneNumber);

    [Fact]
    public void AnAddresssNameGivenWithItsProvider_IsRedacted() =>
        Assert.Contains("shiori.k55", Found("yahooの shiori.k55 っていうアドレスです", SensitiveKind.EmailAddress));

    [Fact]
    public void AGiftCardClaimCode_IsRedacted() =>
        Assert.Contains("HB7Q-K2M9XT-4RWD", Found("ギフトカードの HB7Q-K2M9XT-4RWD を登録しようとしたらログインを求められた", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("someone changed the email to dark.mail22@proton.me last night")]
    [InlineData("登録アドレスが pp.q7@yandex.ru に書き換えられていた")]
    public void TheAddressAnIntruderSet_IsLeftAlone(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind == SensitiveKind.EmailAddress);

    [Fact]
    public void TheirOwnNewAddress_IsStillRedacted() =>
        Assert.Contains("mao.k.1990@gmail.com", Found("メールを mao.k.1990@gmail.com に変えたいです", SensitiveKind.EmailAddress));

    [Fact]
    public void ACardReadOutInEnglishWords_IsRedacted() =>
        Assert.NotEmpty(Found("reading it off: four nine two nine, three eight one two, five five six seven, zero zero four eight", SensitiveKind.CardNumber));

    [Fact]
    public void APhoneNumberReadOutInEnglishWords_IsRedacted() =>
        Assert.NotEmpty(Found("call me on oh eight oh, two two four four, six six eight eight", SensitiveKind.PhoneNumber));

    [Fact]
    public void ANumberCorrectedByADigit_IsACodeBothTimes() =>
        Assert.Equal(["582 913", "582 931"], Found("oops, 582 913 not 582 931", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("I bought two or three things, one for my son")]
    [InlineData("5000円じゃなくて3000円のギフト券です")]
    public void WordsAndAmountsThatAreNoNumberToKeep_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("詐欺師の番号は 050-7788-1122 です")]
    [InlineData("送り主は info@amzn-secure-login.top でした")]
    public void AScammersNumberOrAddress_IsLeftAlone(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind is SensitiveKind.EmailAddress or SensitiveKind.PhoneNumber);

    [Fact]
    public void ANameRunIntoAYear_IsAPassword() =>
        Assert.Contains("Tamago2011", Found("he said it's the cat's name and the year, so Tamago2011", SensitiveKind.Password));

    [Theory]
    [InlineData("Debian12 のPCからアクセスしています")]
    [InlineData("our tool runs on Java17 and Windows11!")]
    public void ASystemsNameAndVersion_IsNoPassword(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind == SensitiveKind.Password);

    [Theory]
    [InlineData("spelling it: K, u, m, a, 7, 7, !")]
    [InlineData("パスワードはエス、エー、ケー、イー、さん、きゅう です")]
    public void AValueSpelledOneCharacterAtATime_IsAPassword(string text) =>
        Assert.NotEmpty(Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("would \"Hotaru2001\" be a strong password?")]
    [InlineData("「Kame1234」って弱いパスワードですか")]
    public void AValueAskedAboutAsAPassword_IsAnExample(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind == SensitiveKind.Password);

    [Fact]
    public void AValueTheySetItTo_IsAPassword() =>
        Assert.Contains("satoharuka1988", Found("名前と生まれ年で satoharuka1988 にしてました", SensitiveKind.Password));
}
