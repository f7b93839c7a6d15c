using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, eleventh round: the kinds behind the mistakes of blind files 25–28 (keyboards and screen readers, proving who one
/// is, two-step verification in depth, residents writing in their own languages) and of file 15, once they had been measured and read. Every
/// sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15EleventhRoundTests
{
    [Theory]
    [InlineData("the one I keep trying is Lantern_Moon77 and it fails", "Lantern_Moon77")]
    [InlineData("予測変換で変わってました。正しくは momiji.aki.35 です", "momiji.aki.35")]
    [InlineData("retyping it carefully: copper-kettle-19", "copper-kettle-19")]
    public void WordsJoinedThenDigitsWhereAValueIsTyped_AreRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("エラーコード「SIGN-7710」が出てログインできない")]
    [InlineData("the log says LOGIN_RATE_LIMITED_2291 when I try")]
    [InlineData("my screen reader says the error is E R R underscore 5 0 2 underscore T O K E N")]
    public void AnErrorsNameInCapitalsOrReadOutByAScreenReader_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("Bluetoothキーボード（Anker A7726）で入力しています")]
    public void AModelInBracketsBeforeTheVerb_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("秘密の質問の答えなら、「好きな食べ物」は オムライス です", "オムライス")]
    [InlineData("ひみつ の しつもん の こたえ → ミケ です", "ミケ")]
    [InlineData("秘密の質問で母の旧姓を聞かれて、旧姓は 田村 です", "田村")]
    public void AnAnswerAfterItsQuotedQuestionInKanaOrToTheMothersMaidenName_IsRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("本人確認です。生年月日は1988年5月3日、旧姓は松本です")]
    [InlineData("「二段階認証」と「パスキー」は別物ですか？")]
    public void AFormerSurnameOrAQuestionAboutTwoQuotedWords_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("QRの下のセットアップキーはこれ: KRSX G5CT MVRX EZLU", "KRSX G5CT MVRX EZLU")]
    [InlineData("setup key shown was NB2HI4DTHIXS6ZLYMFWXA3DFFZRW63LN, typed into my new phone", "NB2HI4DTHIXS6ZLYMFWXA3DFFZRW63LN")]
    [InlineData("secret key を手入力しました→ m5qw 2zkp r7xa c3nd", "m5qw 2zkp r7xa c3nd")]
    public void AnAuthenticatorsSetupKey_IsRedacted(string text, string key) =>
        Assert.Contains(key, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("はい、今のは 381904 です", "381904")]
    [InlineData("さっきの 111 222 じゃなくて 907 315 が届いたやつです", "907 315")]
    [InlineData("recebi o código por SMS: 602 118", "602 118")]
    [InlineData("kode verifikasi 47 19 06 tidak bisa", "47 19 06")]
    public void ACodeToldAsTheCurrentOneCorrectedOrNamedInAnotherLanguage_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("código postal 150 0041 está bien?")]
    [InlineData("what kind of code that looks like 654321 should I expect?")]
    public void APostcodeOrAnExampleOfACodesShape_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("correo: marta.silva.tokyo arroba gmail punto com", "marta.silva.tokyo arroba gmail punto com")]
    [InlineData("meu email é joao_f82 arroba yahoo ponto co ponto jp", "joao_f82 arroba yahoo ponto co ponto jp")]
    public void AnAddressSpelledWithArrobaAndPunto_IsRedacted(string text, string address) =>
        Assert.Contains(address, Found(text, SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("The account uses my husband's address, not mine: kenji.arai.home@gmail.com", "kenji.arai.home@gmail.com")]
    public void AFamilyAddressAfterNotMine_IsStillRedacted(string text, string address) =>
        Assert.Contains(address, Found(text, SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("pass wa HelloKobe7 for everything", "HelloKobe7")]
    [InlineData("pw is probably still the old one Tanuki-88", "Tanuki-88")]
    public void AValueAFewWordsAfterThePasswordWord_IsRedactedPastTheWordsBetween(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("ぱすわーどは もみじがり です ぜんぶひらがなで", "もみじがり")]
    [InlineData("パスワードは ハナミズキ です、カタカナで", "ハナミズキ")]
    public void AKanaWordToldAsThePasswordWithItsScriptNamed_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Fact]
    public void AValueAskedAboutAsTheRightOne_IsRedacted() =>
        Assert.Contains("qaz741wsx", Found("確認したいんですが、qaz741wsx で合ってますか？", SensitiveKind.Password));

    [Fact]
    public void ACodeTypedOneDigitToALine_IsRedacted() =>
        Assert.Contains("3\n8\n1\n0\n2\n7", Found("SMSで来た番号は\n3\n8\n1\n0\n2\n7\nです", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("The number that called me was 03-4410-7721, was that you?")]
    [InlineData("someone who texted me from 080-2290-1147 asked for my code")]
    public void ANumberThatCalledOrTextedThem_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("pass the parcel to my neighbour please")]
    [InlineData("pw reset link never arrived")]
    public void WordsAfterPassOrPwThatHoldNoValue_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
}
