using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, tenth round: the kinds behind the mistakes of blind files 17–24 once they had been measured and read,
/// and forms found by probing with new sentences. Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15TenthRoundTests
{
    [Theory]
    [InlineData("母の旧姓を聞かれたので「やまぐち」と答えました", "やまぐち")]
    [InlineData("質問は出身の小学校で、「桜台小」って入れた", "桜台小")]
    [InlineData("秘密の質問が出たけど、ペットの名前なら「もなか」のはず", "もなか")]
    [InlineData("スマホでは security question の答え マロン で通った", "マロン")]
    public void AnAnswerToTheSecretQuestionToldAsAnsweredOrAfterItsSubject_IsRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("旧姓 中村 で登録したかもしれません、今は田中です")]
    [InlineData("旧姓が入ったメアドで登録していた気がします")]
    [InlineData("質問されたので「はい」と答えました")]
    [InlineData("回答フォームで送りました")]
    public void AMaidenNameOrAYesAroundTheWordForAQuestion_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("いつも使ってるやつ（hinata88）で入れない", "hinata88")]
    [InlineData("使ってたやつ mochi2021 だと弾かれる", "mochi2021")]
    public void AValueCalledTheOneTheyUse_IsRedacted(string text, string password) =>
        Assert.Contains(Found(text, SensitiveKind.Password), found => found.Contains(password, StringComparison.Ordinal));

    [Theory]
    [InlineData("6けたのやつ 402 918", "402 918")]
    [InlineData("６ケタの番号 771204 でした", "771204")]
    public void ACodeNamedByItsLengthInKana_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("注文番号は 503-2291847-0046213 です、届いていません")]
    [InlineData("order 112-4410928-3305511 never arrived")]
    public void AnOrderNumberHoldsNoPhoneNumber(string text) =>
        Assert.DoesNotContain(Detector.Find(text), finding => finding.Kind == SensitiveKind.PhoneNumber);

    [Theory]
    [InlineData("レシート番号 0312-448-2071 の商品です")]
    [InlineData("受付番号: 0466-22-1187")]
    [InlineData("my booking number is 0422-981-334")]
    public void AReferenceLabelledAsOne_IsNoPhoneNumber(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("販売店の問い合わせ窓口 06-6344-2901 に電話しても繋がりません")]
    [InlineData("I rang the customer service number 03-5545-8870 and waited an hour")]
    [InlineData("A scammer called me from 050-6612-0934 pretending to be Amazon")]
    [InlineData("someone texted me from 080-2231-4409 with a link")]
    public void AContactCentresOrAScammersNumber_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("my wife texted me from her new number 080-5530-2218", "080-5530-2218")]
    [InlineData("問い合わせ先として私の携帯 090-7412-3308 を書きました", "090-7412-3308")]
    public void TheirOwnOrFamilyNumberNearThoseWords_IsStillRedacted(string text, string phone) =>
        Assert.Contains(phone, Found(text, SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("qwer5678 と入れて試しただけで、本物のパスワードではありません")]
    [InlineData("abcd1234 は実際のパスワードじゃないです、形式の確認だけ")]
    public void AValueSaidNotToBeTheRealPassword_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("Microsoftの回復コード、これです 7KD2Q-M4XPR-9TZ3W-HB6VN-2LCYF", "7KD2Q-M4XPR-9TZ3W-HB6VN-2LCYF")]
    [InlineData("recovery code from my notebook: Q9W3E-R7T2Y-U8I4O-P6A1S-D5F0G", "Q9W3E-R7T2Y-U8I4O-P6A1S-D5F0G")]
    public void ARecoveryCodeInGroupsOfFive_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("使い回してるサイト: 楽天、メルカリ → hanabi_0721", "hanabi_0721")]
    [InlineData("I reuse one everywhere, netflix and amazon = blue-whale-42", "blue-whale-42")]
    [InlineData("新しいpw候補: kaeru_no_uta_88 ← これでいい？", "kaeru_no_uta_88")]
    public void AValueAnArrowPointsToInAMessageAboutReusingOrAPassword_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("ログイン後のURLが ?ref=nav_signin&lang=ja になってる")]
    [InlineData("if x = 10 then the page loops")]
    public void AQueryOrAnEquationIsNoPointedValue(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("mail wa s.mori.1990 atto gmail.com desu", "s.mori.1990 atto gmail.com")]
    [InlineData("it is probably ana-l-reyes at outlook dot com", "ana-l-reyes at outlook dot com")]
    [InlineData("メールアドレスは m-i-n-a 0 4 あっと yahoo です", "m-i-n-a 0 4 あっと yahoo")]
    public void AnAddressSpelledInRomajiHyphenatedOrLetterByLetter_IsRedacted(string text, string address) =>
        Assert.Contains(address, Found(text, SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("パスワードには「記号を2つ以上含む」と書いてありました")]
    [InlineData("パスワードを「覚えやすいもの」にしたいです")]
    [InlineData("パスワードに「かきくけこ」みたいなひらがなは使えますか")]
    [InlineData("画面にはパスワードが「●●●●●●」と出るだけです")]
    public void ARuleADescriptionOrAMaskInQuotes_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("知らないアドレス、私のじゃないアドレス promo-jp@safe-account-check.net から来ました")]
    [InlineData("That is not my number: 080-4471-2290, I never had it")]
    [InlineData("弊社の代表電話（03-5211-8840）までお願いします")]
    [InlineData("Our main line is +81 3-4455-2210 if you need the office")]
    [InlineData("The text came from +81 70-3318-5522 and had a link")]
    public void AnAddressOrNumberDisownedOrAnOrganisationsMainLine_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("会議ID: 512 904 338 271 で参加してください")]
    [InlineData("番号の下4桁 8823 宛てにコードが届くはずです")]
    [InlineData("SMSの送信元が「+81 90-4412-xxxx」でした")]
    [InlineData("チケット番号（INC0048812）でパスワード再設定を依頼済みです")]
    public void AMeetingIdAMaskedEndOrATicketId_IsNoSecret(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("I got two codes, 804412 551903, which one?", "551903")]
    [InlineData("コードは 4 4 0 9 1 2 です", "4 4 0 9 1 2")]
    public void CodesSideBySideOrSpelledOut_AreStillRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("大文字のオーと数字の0って見分けにくいですね")]
    [InlineData("パスワードの最後が小文字のエルか数字の1か分かりません")]
    public void CharactersComparedInsteadOfTold_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("メモには ｓ、ａ、ｋ、ｉ、ｎｏ、アンダーバー、２、０、８ とあります", SensitiveKind.Password)]
    [InlineData("手書きなので「Kotori_8S1」か「Kotori_851」のどっちかです", SensitiveKind.Password)]
    public void AValueSpelledWithPairsAndSymbolNamesOrRecalledAsTwoSpellings_IsRedacted(string text, SensitiveKind kind) =>
        Assert.NotEmpty(Found(text, kind));

    [Theory]
    [InlineData("SMSのコードが 3O9182 と出ています", "3O9182", SensitiveKind.SecurityCode)]
    [InlineData("the code reads 55I 027 on my screen", "55I 027", SensitiveKind.SecurityCode)]
    [InlineData("電話番号は 090-4I82-7735 です", "090-4I82-7735", SensitiveKind.PhoneNumber)]
    public void ANumberWithALetterThatLooksLikeADigit_IsRedacted(string text, string value, SensitiveKind kind) =>
        Assert.Contains(value, Found(text, kind));

    [Theory]
    [InlineData("iPhone1O が届きません")]
    [InlineData("エラー E1O2 が出ます")]
    public void ALetterBesideOneDigit_IsNotReadAsOne(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("my mobile is 80 3391 2054, without the zero in front", "80 3391 2054")]
    [InlineData("携帯は 70-2284-6613 です（最初の0なし）", "70-2284-6613")]
    public void AMobileToldWithoutItsTrunkZero_IsRedacted(string text, string phone) =>
        Assert.Contains(phone, Found(text, SensitiveKind.PhoneNumber));

    [Fact]
    public void APasswordInARowExportedFromAPasswordManager_IsRedactedBesideTheAddress()
    {
        var found = Found("exported row: rakuten.co.jp,mika.s.77@yahoo.co.jp,Zr4!pQ8w@Tn2", SensitiveKind.Password);

        Assert.Contains("Zr4!pQ8w@Tn2", found);
    }

    [Fact]
    public void ALinkWithCommasInItsPath_IsNoRowOfFields() =>
        Assert.Empty(Found("see https://example.com/help/a,b,c9XkQ2pLm for details", SensitiveKind.Password));

    [Theory]
    [InlineData("pass: Ñandú_Lima2021 (with the accents)", "Ñandú_Lima2021")]
    [InlineData("my password is Göteborg#88", "Göteborg#88")]
    public void AStatedPasswordWithAccentedLetters_IsRedactedWhole(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("is a password like \"Summer2024\"? only an example, not mine")]
    [InlineData("この番号から着信がありました 03-6633-2871 誰ですか")]
    public void AnExampleAskedAboutOrANumberThatCalled_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
}
