using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, seventh round: answers and values told in more ways, and whose a number is when a business is named.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15TheirsOrNotTests
{
    [Theory]
    [InlineData("秘密の質問「初めて飼ったペット」→ たろう で登録してあります", "たろう")]
    [InlineData("the answer to my secret question (favourite city) is Santa Barbara", "Santa Barbara")]
    [InlineData("security question was 'first teacher' and I typed Okamoto", "Okamoto")]
    public void AnAnswerToldInMoreWays_IsRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("パスワードって記号必須なんですか？私のは 20040412 なんですけど", "20040412")]
    [InlineData("パスワードは小文字で「kumade」、そのあと「8127」です", "kumade")]
    [InlineData("pasuwado wa sakuraba77 desu", "sakuraba77")]
    public void APasswordToldAsTheirs_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("パスワードは平気です。メールのスペルが「yuuka」か「yuka」か分かりません")]
    [InlineData("my password is like 10 characters long")]
    [InlineData("返品の受付番号 Xq7LmT2pZa が届きました")]
    [InlineData("the captcha reads 'p7qk2z' but it is rejected")]
    [InlineData("ボタンの色が #FF9900 から変わらない")]
    public void ValuesThatAreNotAPassword_AreLeftAlone(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind == SensitiveKind.Password);

    [Fact]
    public void AKanjiCardCodeAfterItsWord_IsRedacted() =>
        Assert.Contains("七一九", Found("カード裏のセキュリティコードは七一九です", SensitiveKind.SecurityCode));

    [Fact]
    public void ACodeQuotedFromItsMessage_IsRedacted() =>
        Assert.Contains("604219", Found("the sms reads \"604219 is your Amazon verification code\"", SensitiveKind.SecurityCode));

    [Fact]
    public void ASuppliersNumber_IsLeftAlone() =>
        Assert.Empty(Found("取引先の山田商店 03-3811-2200 に紹介されて登録しました", SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("うちの店の電話 06-6345-1290 で登録しています")]
    [InlineData("our shop's phone is +81 3-5577-2109 and that is on the account")]
    public void TheirOwnBusinessNumber_IsRedacted(string text) =>
        Assert.NotEmpty(Found(text, SensitiveKind.PhoneNumber));

    [Fact]
    public void AnAddressNameInBracketsBeforeTheAt_IsRedacted() =>
        Assert.Contains("kaori_flute", Found("アドレスの@の前は「kaori_flute」です", SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("「hoshizora_21」と入力したらエラーになりました", "hoshizora_21")]
    [InlineData("いつも kiri.no.mori って打ってログインしてます", "kiri.no.mori")]
    [InlineData("so I reset it to penguin_walk3 this morning", "penguin_walk3")]
    [InlineData("wait, not bluemoon22, it's bluemoon2Z", "bluemoon22")]
    [InlineData("パスは m i d o r i 1 2 です", "m i d o r i 1 2")]
    public void AValueTypedOrCorrected_IsAPassword(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("コードは最初が62、次が9、最後が418でした")]
    [InlineData("the first three digits are 730 and the last three are 215")]
    [InlineData("Amazon texted me 449120 and it expired")]
    public void ACodeToldInPartsOrAsTexted_IsRedacted(string text) =>
        Assert.NotEmpty(Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void AnErrorsCodeInALog_IsNoSecurityCode() =>
        Assert.Empty(Found("org.example.AuthException: session_closed (code=4031)", SensitiveKind.SecurityCode));

    [Fact]
    public void AnAddressSpelledWithUnderscore_IsRedacted() =>
        Assert.NotEmpty(Found("it is kenta underscore mori at gmail dot com", SensitiveKind.EmailAddress));

    [Fact]
    public void DigitsSpelledWithSpaces_AreAPhoneNumberNotAPassword() =>
        Assert.NotEmpty(Found("電話は 0 9 0 3 3 4 5 7 7 8 1 です", SensitiveKind.PhoneNumber));
}
