using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

public sealed class SensitiveDataDetectorTests
{
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();

    public static TheoryData<string, SensitiveKind, string> SensitiveInputs => new()
    {
        // Card numbers: any spacing, hyphens, full-width digits, inside sentences.
        { "4111111111111111", SensitiveKind.CardNumber, "4111111111111111" },
        { "カード番号は4111 1111 1111 1111です", SensitiveKind.CardNumber, "4111 1111 1111 1111" },
        { "card 5555-5555-5555-4444 was charged", SensitiveKind.CardNumber, "5555-5555-5555-4444" },
        { "カードは４１１１ー１１１１ー１１１１ー１１１１", SensitiveKind.CardNumber, "４１１１ー１１１１ー１１１１ー１１１１" },
        { "ＪＣＢ　３５３０　１１１３　３３３０　００００", SensitiveKind.CardNumber, "３５３０　１１１３　３３３０　００００" },
        { "amex 3782 822463 10005", SensitiveKind.CardNumber, "3782 822463 10005" },
        { "4111 1111 1111 1111 123", SensitiveKind.CardNumber, "4111 1111 1111 1111" },

        // Security codes.
        { "123456", SensitiveKind.SecurityCode, "123456" },
        { "１２３４５６", SensitiveKind.SecurityCode, "１２３４５６" },
        { "123 456", SensitiveKind.SecurityCode, "123 456" },
        { "4821", SensitiveKind.SecurityCode, "4821" },
        { "認証コードは 482913 です", SensitiveKind.SecurityCode, "482913" },
        { "確認コード482913が使えません", SensitiveKind.SecurityCode, "482913" },
        { "the verification code 482913 doesn't work", SensitiveKind.SecurityCode, "482913" },
        { "OTP: 48291307", SensitiveKind.SecurityCode, "48291307" },
        { "ワンタイムパスワード 482913", SensitiveKind.SecurityCode, "482913" },
        { "セキュリティコードは123です", SensitiveKind.SecurityCode, "123" },
        { "CVV 1234", SensitiveKind.SecurityCode, "1234" },
        { "my cvc is 987", SensitiveKind.SecurityCode, "987" },
        { "暗証番号は0123", SensitiveKind.SecurityCode, "0123" },

        // Passwords, stated.
        { "パスワードは Abc12345 です", SensitiveKind.Password, "Abc12345" },
        { "パスワードはsakura2024です", SensitiveKind.Password, "sakura2024" },
        { "パスワード:tanuki", SensitiveKind.Password, "tanuki" },
        { "パスワード：「neko-dayo」", SensitiveKind.Password, "neko-dayo" },
        { "パスワードをhimitsu99に変えました", SensitiveKind.Password, "himitsu99" },
        { "pw hunter22", SensitiveKind.Password, "hunter22" },
        { "PW: sunshine", SensitiveKind.Password, "sunshine" },
        { "my password is hunter22", SensitiveKind.Password, "hunter22" },
        { "My password is sunshine and it fails", SensitiveKind.Password, "sunshine" },
        { "password: correcthorse", SensitiveKind.Password, "correcthorse" },
        { "暗証番号は abcd", SensitiveKind.Password, "abcd" },

        // Passwords, by shape.
        { "Passw0rd!", SensitiveKind.Password, "Passw0rd!" },
        { "Tr0ub4dor&3 でログインできません", SensitiveKind.Password, "Tr0ub4dor&3" },
        { "I typed Xk9#mP2qL7 and it failed", SensitiveKind.Password, "Xk9#mP2qL7" },
        { "ｓａｋｕｒａ＃２０２４ でだめでした", SensitiveKind.Password, "ｓａｋｕｒａ＃２０２４" },

        // Email addresses.
        { "登録メールは taro.yamada@example.co.jp です", SensitiveKind.EmailAddress, "taro.yamada@example.co.jp" },
        { "メールはtaro@example.comです", SensitiveKind.EmailAddress, "taro@example.com" },
        { "my email is john.doe+amazon@gmail.com", SensitiveKind.EmailAddress, "john.doe+amazon@gmail.com" },
        { "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", SensitiveKind.EmailAddress, "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ" },

        // Phone numbers.
        { "電話番号は090-1234-5678です", SensitiveKind.PhoneNumber, "090-1234-5678" },
        { "電話は 080 1234 5678 です", SensitiveKind.PhoneNumber, "080 1234 5678" },
        { "０９０－１２３４－５６７８に電話ください", SensitiveKind.PhoneNumber, "０９０－１２３４－５６７８" },
        { "call me at +81 90 1234 5678", SensitiveKind.PhoneNumber, "+81 90 1234 5678" },
        { "011-330-3000 にかけました", SensitiveKind.PhoneNumber, "011-330-3000" },
        { "reach me on 81 90 4471 6628", SensitiveKind.PhoneNumber, "81 90 4471 6628" },
        { "電話：〇九〇‐四四一二‐八八三〇", SensitiveKind.PhoneNumber, "〇九〇‐四四一二‐八八三〇" },
        { "番号は 0 8 0 - 7 3 1 4 - 6 5 0 9", SensitiveKind.PhoneNumber, "0 8 0 - 7 3 1 4 - 6 5 0 9" },
        { "SMSを受け取る番号は＋８１　７０　３３９２　１１８０です", SensitiveKind.PhoneNumber, "＋８１　７０　３３９２　１１８０" },
        // Said in other ways.
        { "code from the text was 5-0-3-9-6-1", SensitiveKind.SecurityCode, "5-0-3-9-6-1" },
        { "Here's the code: six four zero two nine one", SensitiveKind.SecurityCode, "six four zero two nine one" },
        { "The parental controls PIN we set is 8642", SensitiveKind.SecurityCode, "8642" },
        { "「パスワードが正しくありません」と出ます。入力してるのは shibainu_poti です", SensitiveKind.Password, "shibainu_poti" },
        { "passphrase: purple elephant dancing 9", SensitiveKind.Password, "purple elephant dancing 9" },
        { "I changed my password to iPhone15Pro yesterday", SensitiveKind.Password, "iPhone15Pro" },
        { "contact me at daisuke dot ono at example dot org", SensitiveKind.EmailAddress, "daisuke dot ono at example dot org" },
        { "kenji_1972 at docomo.ne.jp が私のアドレスです", SensitiveKind.EmailAddress, "kenji_1972 at docomo.ne.jp" },
        { "私のメール、m i n a m i . k @ y a h o o . c o . j p です", SensitiveKind.EmailAddress, "m i n a m i . k @ y a h o o . c o . j p" },
        { "yamazaki★ystore.jp（★を@に変えてください）が私のアドレスです", SensitiveKind.EmailAddress, "yamazaki★ystore.jp" },
        { "(+81) 70 1992 3348 that's my mobile", SensitiveKind.PhoneNumber, "(+81) 70 1992 3348" },
        { "電話の自動音声で言われたコードは、ご・なな・に・いち・はち・ゼロ です", SensitiveKind.SecurityCode, "ご・なな・に・いち・はち・ゼロ" },
        { "security code on back of card 073", SensitiveKind.SecurityCode, "073" },
        { "my number is 09012345678", SensitiveKind.PhoneNumber, "09012345678" },
        { "office (03) 1234-5678", SensitiveKind.PhoneNumber, "(03) 1234-5678" },
    };

    public static TheoryData<string> OrdinaryInputs => new()
    {
        // Choice answers and ratings.
        "2", "２", "5", "５", "12", "100",
        // Support sentences.
        "パスワードを忘れました",
        "パスワードは忘れてしまいました",
        "パスワードは8文字以上ですか？",
        "iPhone15でログインできない",
        "iPhone15Proに機種変更したらログインできなくなりました",
        "Windows11のChromeで開けません",
        "I forgot my password",
        "my password is wrong",
        "My password is not working.",
        "password reset link never arrives",
        "I can't pass the captcha",
        "Amazonにログインできません",
        "cant log in",
        "2段階認証のコードが届きません",
        "エラーコード 5005 が出ます",
        "郵便番号は 1500001 です",
        "2024年に登録しました",
        "注文番号 250-1234567-1234567 のキャンセル",
        "https://www.amazon.co.jp/ap/signin?openid.return_to=https%3A%2F%2FWWW.amazon.co.jp%2F&ref_=nav_signin",
        "amazon.co.jp/gp/css/homepage.html?ref_=nav_AccountFlyout_ya",
        "Galaxy SM-G991B でアプリが落ちる",
        "COVID-19 の影響で",
        "2024/1/15(Mon)に変更",
        "Yahoo!Mail で登録しました",
        "HTTP/1.1 503 が表示されます",
        // Numbers and addresses that are not the person's.
        "ヤマトのサポート(0120-01-9625)にも聞きました",
        "no-reply@amazon.co.jp から「アカウント停止」ってメールが来た",
        "got a mail from security@amaz0n-support.net asking me to verify",
        "入力例に「xxxx@example.com」って書いてある",
        "IMEI of the lost phone: 490154203237518",
        "2-step verification was turned on 2023-09-14",
        "My postcode is 150-0041",
        "SMS sent to +81 ** **** 4410 but I never got it",
        "The texts come from the short code 262966",
        "The hint for my password is \"first school\"",
        "パスワードマネージャー（1Password）が自動入力してくれない",
        "password: forgot it, that's why I'm here",
        "Echoのシリアル番号 G0G1XJ0123456789 は箱に書いてあります",
        "電話番号の欄に「例：09012345678」って薄く書いてある",
        "the field shows name@example.com as placeholder",
        "your help page uses 'Password123' as an example of a weak password lol",
        "差出人が amazon-security@amaz0n-jp.com のメールが来て、リンク押しちゃった",
        "050-3188-2045 から「Amazonです」って電話がかかってきたんですが、詐欺ですか",
        "「ap_error_code=1052」ってURLに出てる",
    };

    [Theory]
    [MemberData(nameof(SensitiveInputs))]
    public void Find_SensitiveValue_ReportsItsKindAndExactPosition(string text, SensitiveKind kind, string value)
    {
        var findings = Detector.Find(text);

        var finding = Assert.Single(findings, f => f.Kind == kind);
        Assert.Equal(value, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [MemberData(nameof(OrdinaryInputs))]
    public void Find_OrdinaryText_ReportsNothing(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("4111 1111 1111 1112")]
    [InlineData("1234567890123")]
    [InlineData("１２３４５６７８９０１２３４５")]
    public void Find_CardLengthNumberFailingLuhn_IsNoSecret(string text) =>
        Assert.DoesNotContain(Detector.Find(text), f => f.Kind.IsSecret());

    // A digit mistyped or worn off fails the check, yet what follows the card word is still the person's card.
    [Theory]
    [InlineData("カード 4111-1111-1111-1121 です")]
    [InlineData("visa 5290 1844 7730 912 (one digit has rubbed off)")]
    public void Find_NumberToldAsTheCardFailingLuhn_IsTheCard(string text) =>
        Assert.Contains(Detector.Find(text), f => f.Kind == SensitiveKind.CardNumber);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Find_NoText_ReportsNothing(string? text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void Find_SeveralValues_ReportsEachOnceInOrder()
    {
        const string text = "メール taro@example.com、電話 090-1234-5678、カード 4111-1111-1111-1111、パスワードは Abc12345";

        var kinds = Detector.Find(text).Select(f => f.Kind);

        Assert.Equal(
            [SensitiveKind.EmailAddress, SensitiveKind.PhoneNumber, SensitiveKind.CardNumber, SensitiveKind.Password],
            kinds);
    }

    [Fact]
    public void Find_CalledFromManyThreads_GivesTheSameAnswers()
    {
        var inputs = SensitiveInputs.Select(row => (string)row[0]).ToArray();
        var expected = inputs.Select(Detector.Find).ToArray();

        var results = new IReadOnlyList<SensitiveFinding>[inputs.Length * 20];
        Parallel.For(0, results.Length, i => results[i] = Detector.Find(inputs[i % inputs.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % inputs.Length], results[i]);
        }
    }
}
