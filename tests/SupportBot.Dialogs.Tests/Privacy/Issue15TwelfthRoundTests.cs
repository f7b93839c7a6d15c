using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, twelfth round: the kinds behind the mistakes of blind files 29–32 (a sign-in problem inside a return or a refund,
/// structured text pasted from a PC, several accounts side by side, numbers written in unusual ways) once they had been measured
/// and read, and forms found by probing with new sentences while round five was being written. Every sentence here is new
/// (none is a line of a labelled file).
/// </summary>
public sealed class Issue15TwelfthRoundTests
{
    [Theory]
    [InlineData("Verification Code: K4M9TZ (valid for 10 minutes)", "K4M9TZ")]
    [InlineData("Your One-Time Code is 7QX2RB", "7QX2RB")]
    public void ALetterAndDigitCodeAfterACapitalisedCodeWord_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("PINは 7-3-0-9 です、海外のカードの", "7-3-0-9")]
    [InlineData("Your Amazon OTP is 6 0 2 . 9 1 8 — do not share", "6 0 2 . 9 1 8")]
    [InlineData("the number they texted: 3 3 1 — 8 0 4", "3 3 1 — 8 0 4")]
    [InlineData("セキュリティコード\n裏の3桁\n5\n1\n9", "5\n1\n9")]
    public void ACodeReadOutWithMarksOrOneDigitToALine_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("新しい番号は 080-441-37220 です（ハイフン違うかも）", "080-441-37220")]
    [InlineData("my number is oh nine oh - two two one four - seven seven three one", "nine oh - two two one four - seven seven three one")]
    public void AMobileGroupedOddlyOrReadOutInWordsWithDashes_IsRedacted(string text, string phone) =>
        Assert.Contains(Found(text, SensitiveKind.PhoneNumber), found => found.Contains(phone, StringComparison.Ordinal));

    [Fact]
    public void AnInternationalNumberThatPassesLuhn_IsAPhoneNumberNotACard()
    {
        var findings = Detector.Find("my old German number +49 1512 3348 760 is cancelled");

        Assert.DoesNotContain(findings, finding => finding.Kind == SensitiveKind.CardNumber);
        Assert.Contains(findings, finding => finding.Kind == SensitiveKind.PhoneNumber);
    }

    [Theory]
    [InlineData("カードのCSV 利用日,金額,カード番号 2024/05/02,3480,****-****-****-7781 2024/05/03")]
    [InlineData("ping の結果 64 bytes from 52.119.1.5: icmp_seq=1 ttl=243 time=11.2 ms でログインは無理")]
    [InlineData("フォームの中身 <input type=\"password\" maxlength=\"1024\" autocomplete=\"new-password\"> が反応しない")]
    [InlineData("返品ラベルの RMA番号: Q8wkT3zPRRMA でパスワード入れても見られない")]
    public void AMaskedCsvRowAPingOutputMarkupOrALabelledReturn_HoldsNoSecret(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("どれかを使ってたと思う 候補A\tsora0505 候補B\tSora_0505!", "sora0505")]
    public void CandidatesListedAsTheOnesUsed_AreRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("security question answer was the street I grew up on: Maple Avenue 12", "Maple Avenue 12")]
    public void AnAnswerAfterItsQuestionAndAColon_IsRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("email → mori_k@gmail,com （カンマはドットです）", "mori_k@gmail,com")]
    [InlineData("it's aya dot t 1 9 9 5 at yahoo dot co dot jp", "aya dot t 1 9 9 5 at yahoo dot co dot jp")]
    public void AnAddressWithACommaForItsLastDotOrSpacedDigits_IsRedacted(string text, string address) =>
        Assert.Contains(address, Found(text, SensitiveKind.EmailAddress));

    [Fact]
    public void APhonePlaceholderCalledTheInputExample_IsLeftAlone() =>
        Assert.Empty(Detector.Find("電話番号の欄の「08011112222」っていうのは入力例ですか？"));

    [Theory]
    [InlineData("mật khẩu của tôi là sen1990", "sen1990")]
    [InlineData("kata sandi saya kenanga77", "kenanga77")]
    [InlineData("비밀번호는 haneul0707 입니다", "haneul0707")]
    [InlineData("我的密码是 xiongmao520", "xiongmao520")]
    public void APasswordToldInVietnameseIndonesianKoreanOrChinese_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Fact]
    public void AnIndonesianSentenceAboutThePassword_IsLeftAlone() =>
        Assert.Empty(Detector.Find("kata sandi harus diganti setiap bulan?"));

    [Fact]
    public void AValueOfferedWithMoshikashite_IsRedacted() =>
        Assert.Contains("NARA2001", Found("もしかして NARA2001 ですか", SensitiveKind.Password));

    [Fact]
    public void AnAddressWithABracketedA_IsRedacted() =>
        Assert.Contains("rie_mori(a)gmail.com", Found("mail: rie_mori(a)gmail.com", SensitiveKind.EmailAddress));
}
