using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

public sealed class SensitiveDataRedactorTests
{
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();

    private readonly SensitiveDataRedactor _redactor = new(Detector);

    [Theory]
    [InlineData("カード番号は4111 1111 1111 1111です", "4111 1111 1111 1111", "カード番号は[redacted:card]です")]
    [InlineData("パスワードは「Abc12345」です", "Abc12345", "パスワードは「[redacted:password]」です")]
    [InlineData("my password is hunter22", "hunter22", "my password is [redacted:password]")]
    [InlineData("認証コード 482913", "482913", "認証コード [redacted:code]")]
    [InlineData("１２３４５６", "１２３４５６", "[redacted:code]")]
    [InlineData("mail john.doe+amazon@gmail.com please", "john.doe+amazon@gmail.com", "mail [redacted:email] please")]
    [InlineData("電話番号は090-1234-5678です", "090-1234-5678", "電話番号は[redacted:phone]です")]
    public void Redact_ReplacesTheValueWithItsMarker(string text, string secret, string expected)
    {
        var redacted = _redactor.Redact(text);

        Assert.Equal(expected, redacted);
        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_PasswordAndCardTogether_LeavesNeitherBehind()
    {
        const string text = "pw Xk9#mP2qL7 / card ４２４２ ４２４２ ４２４２ ４２４２ / 暗証番号は 1234";

        var redacted = _redactor.Redact(text);

        Assert.DoesNotContain("Xk9#mP2qL7", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("４２４２", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_TextWithNothingSensitive_ReturnsTheSameText()
    {
        const string text = "パスワードを忘れました";

        Assert.Same(text, _redactor.Redact(text));
    }

    [Fact]
    public void Redact_Null_ReturnsEmpty() => Assert.Equal(string.Empty, _redactor.Redact(null));

    [Fact]
    public void Redact_BotsOwnSupportNumbers_AreKeptWhenPublic()
    {
        var redactor = new SensitiveDataRedactor(
            Detector,
            new RedactionOptions { PublicPhoneNumbers = ["0120-999-373", "011-330-3000"] });

        var redacted = redactor.Redact("フリーダイヤル 0120-999-373 / 携帯 011-330-3000 / お客様 090-1234-5678");

        Assert.Equal("フリーダイヤル 0120-999-373 / 携帯 011-330-3000 / お客様 [redacted:phone]", redacted);
    }

    [Fact]
    public void Redact_WithoutPublicNumbers_RedactsEveryPhoneNumber() =>
        Assert.Equal("[redacted:phone] にかけました", _redactor.Redact("011-330-3000 にかけました"));

    [Fact]
    public void Redact_BotsOwnNumberDialledFromAbroad_IsKeptWhenPublic()
    {
        var redactor = new SensitiveDataRedactor(Detector, new RedactionOptions { PublicPhoneNumbers = ["011-330-3000"] });

        Assert.Equal("+81 11-330-3000 にかけました", redactor.Redact("+81 11-330-3000 にかけました"));
    }

    [Fact]
    public void Redact_TollFreeNumbers_AreKeptAsEveryBusinessNumberIs() =>
        Assert.Equal("0120-999-373 にかけました", _redactor.Redact("0120-999-373 にかけました"));
}
