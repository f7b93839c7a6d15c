using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15: forms the blind file showed the detector missing (codes in kanji numerals or split by a hyphen,
/// phone numbers with brackets or 「の」, cards split by '/' or 「・」 or in two halves, misspelt password
/// phrases, spaced addresses), and look-alikes it must leave alone. Every sentence here is new.
/// </summary>
public sealed class Issue15BlindPatternTests
{
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();

    public static TheoryData<string, SensitiveKind, string> Secrets => new()
    {
        // Security codes.
        { "SMSの確認コードは七〇三五二八です", SensitiveKind.SecurityCode, "七〇三五二八" },
        { "認証コード：九一四 二〇六", SensitiveKind.SecurityCode, "九一四 二〇六" },
        { "OTP 618-274 expired already", SensitiveKind.SecurityCode, "618-274" },
        { "my verification code is 305 918", SensitiveKind.SecurityCode, "305 918" },
        { "the authenticator app shows 772041 right now", SensitiveKind.SecurityCode, "772041" },
        { "the security code from the email is 640213", SensitiveKind.SecurityCode, "640213" },
        { "確認コードは ５０８－３１９ と出ています", SensitiveKind.SecurityCode, "５０８－３１９" },
        { "暗証番号（PIN）は 2846 にしました", SensitiveKind.SecurityCode, "2846" },

        // Phone numbers.
        { "自宅は 052(771)3908 です", SensitiveKind.PhoneNumber, "052(771)3908" },
        { "call me on +81 (0)45-321-7788 please", SensitiveKind.PhoneNumber, "+81 (0)45-321-7788" },
        { "携帯は080の3172の5564です", SensitiveKind.PhoneNumber, "080の3172の5564" },

        // Card numbers.
        { "カードは 5555/5555/5555/4444 です", SensitiveKind.CardNumber, "5555/5555/5555/4444" },
        { "番号 4012・8888・8888・1881 で払いました", SensitiveKind.CardNumber, "4012・8888・8888・1881" },
        { "カード番号の前半 3782822 と後半 46310005 を送ります", SensitiveKind.CardNumber, "3782822 と後半 46310005" },

        // Passwords.
        { "pw = Kumo_88dx", SensitiveKind.Password, "Kumo_88dx" },
        { "ぱす：mikan1209", SensitiveKind.Password, "mikan1209" },
        { "my pasword is tulip5521", SensitiveKind.Password, "tulip5521" },
        { "パスワ-ドわ hoshi7734 です", SensitiveKind.Password, "hoshi7734" },
        { "the password I'm using is umbrella42", SensitiveKind.Password, "umbrella42" },
        { "パスワード、kaede0316 であってますか", SensitiveKind.Password, "kaede0316" },
        { "パスワードは ringo2020 か ringo2021 だったはず", SensitiveKind.Password, "ringo2021" },

        // Email addresses.
        { "連絡先は haruka ＠ icloud.com です", SensitiveKind.EmailAddress, "haruka ＠ icloud.com" },
        { "send it to kenji @ example.net", SensitiveKind.EmailAddress, "kenji @ example.net" },
        { "write to mika dot sato at example dot org", SensitiveKind.EmailAddress, "mika dot sato at example dot org" },
    };

    public static TheoryData<string> LookAlikes => new()
    {
        "1Password に保存したログイン情報が消えました",
        "I keep my logins in 1Password on the Mac",
        "JANコード 4901234567894 の商品が届きません",
        "the page opened /account?action=password_reset&lang=ja and stopped",
        "ログを C:\\Users\\yuki\\AppData\\Local\\SupportApp\\logs に保存しました",
        "パスワードは ******** と表示されるだけです",
        "0x800F0922",
        "更新で 0x800F0922 が出てパスワード画面に戻ります",
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Finds_the_value_in_forms_the_blind_file_showed_missing(string text, SensitiveKind kind, string value)
    {
        var findings = Detector.Find(text);

        Assert.Contains(findings, f => f.Kind == kind && text.Substring(f.Start, f.Length) == value);
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Leaves_products_barcodes_queries_paths_masks_and_hex_codes_alone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void Two_numbers_in_a_message_about_no_card_are_not_joined_into_one()
    {
        // 3782822 + 46310005 passes Luhn, but nothing here is about a card.
        Assert.DoesNotContain(Detector.Find("受付番号 3782822 と 46310005 の二件です"), f => f.Kind == SensitiveKind.CardNumber);
    }

    [Fact]
    public void Kanji_numerals_without_a_code_word_are_not_a_code() =>
        Assert.Empty(Detector.Find("一二三四五六という名前のお店です"));
}
