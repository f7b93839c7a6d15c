using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, eighteenth round: the kinds behind the mistakes of blind files 53–56 (how passwords are built and related,
/// shopping trouble, foreign residents writing learner Japanese and romaji, long messages) once they had been measured and read.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15EighteenthRoundTests
{
    [Theory]
    [InlineData("猫の名前と生まれた年をつなげただけ。kinako2019 ←たぶんこれ", "kinako2019")]
    [InlineData("孫2人の誕生日を並べたやつで 05210811 です", "05210811")]
    [InlineData("it's just the cat's name plus the year, so biscuit2016", "biscuit2016")]
    public void AValueAfterWhatItIsMadeOf_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Fact]
    public void AnInternationalNumberAfterTheWordNumber_IsStillAPhone() =>
        Assert.Contains("+81 90 4418 2207", Found("the number on the account is +81 90 4418 2207, I changed carriers since", SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("秘密の質問は「初めて飼ったペットの名前」にしたはず")]
    [InlineData("I think I picked 'mother's maiden name' as the security question")]
    public void TheQuestionChosenInQuotes_IsNoAnswer(string text) =>
        Assert.DoesNotContain(Detector.Find(text), finding => finding.Kind == SensitiveKind.Password);

    [Fact]
    public void FourDigitsPrintedOnTheFrontOfAnAmex_AreACode() =>
        Assert.Contains("4410", Found("the 4 digits printed on the front of my amex: 4410", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("怪しいメールが届きました「アカウントを確認してください」って、verify@amazon-jp-secure.top からです")]
    [InlineData("Embassy of Brazil number 03-3404-5211 is for visa only right?")]
    [InlineData("入管の電話 0570-013904 は込んでてつながらない")]
    public void ASendersOrAnOfficesValue_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("error code 'AUTH-5521'. my password is definitely right though")]
    [InlineData("パスワードを保存できないのですか？Bitwarden から毎回コピーしてます")]
    [InlineData("カードの明細に AMZN MKTP*7Q2 と出てますがパスワード変えたほうがいい？")]
    public void ACodeAProductOrAStatementDescriptorGluedToPunctuation_IsNoPassword(string text) =>
        Assert.DoesNotContain(Detector.Find(text), finding => finding.Kind == SensitiveKind.Password);

    [Theory]
    [InlineData("meeru adoresu wa hana ten kim atto gmail ten com desu", SensitiveKind.EmailAddress)]
    [InlineData("pasuwaado wa sakuranbo_88 desu", SensitiveKind.Password)]
    [InlineData("ninshou koodo wa 552081 desu", SensitiveKind.SecurityCode)]
    [InlineData("我的手机号 139 0522 7714，还是这个", SensitiveKind.PhoneNumber)]
    [InlineData("card back side 3 digits 604 ok?", SensitiveKind.SecurityCode)]
    public void ValuesWrittenInRomajiOrByLearners_AreRedacted(string text, SensitiveKind kind) =>
        Assert.NotEmpty(Found(text, kind));

    [Fact]
    public void TenInAnOrdinaryEnglishSentence_MakesNoAddress() =>
        Assert.Empty(Detector.Find("I tried at least ten times at home and ten at work"));

    [Theory]
    [InlineData("うん、それ！ 4 9 1 0 7 2")]
    [InlineData("娘が読んでくれました。ばんごうは ろく ご ぜろ いち きゅう はち です")]
    public void ACodeGivenAsAShortReplyOrReadOutByFamily_IsRedacted(string text) =>
        Assert.NotEmpty(Found(text, SensitiveKind.SecurityCode));
}
