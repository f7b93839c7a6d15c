using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, seventeenth round: the kinds behind the mistakes of blind files 49–52 (voice input and a parent's side, pasted
/// notifications and OCR, Teams and Slack at work, people in a hurry) once they had been measured and read.
/// Every sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15SeventeenthRoundTests
{
    [Theory]
    [InlineData("for the secret question, first pet, it's Marmalade", "Marmalade")]
    [InlineData("秘密の質問は えーと 小学校の名前 それは 桜台 です", "桜台")]
    [InlineData("質問「母の旧姓」→ すずき って入れました", "すずき")]
    public void ASecretAnswerToldInPassing_IsRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Fact]
    public void APasswordToldInKanaToBeTypedInRomaji_IsRedacted() =>
        Assert.Contains("あさがおよんじゅうろく", Found("ぱすわーどは ローマ字で あさがおよんじゅうろく です", SensitiveKind.Password));

    [Fact]
    public void LettersReadOutByTheirKatakanaNames_AreRedacted() =>
        Assert.NotEmpty(Found("メモを読みます エム アイ ケー エー ディー オー はち きゅう", SensitiveKind.Password));

    [Theory]
    [InlineData("ピーディーエフが開けません")]
    [InlineData("ディーブイディーとシーディーを注文しました")]
    public void AFewLetterNamesInAnOrdinaryWord_AreNoPassword(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void APassphraseAfterSayingItIsOne_IsRedacted() =>
        Assert.Contains("blue whales sing at dawn 2002", Found("mine is a passphrase: blue whales sing at dawn 2002 with spaces", SensitiveKind.Password));

    [Theory]
    [InlineData("長いので分けて送ります\nMorning_Glory\n-2468%%\nこれで全部")]
    [InlineData("too long so sending it in parts: Kite_Runner 7755!! that's it")]
    public void APasswordSentInParts_IsRedactedWhole(string text) =>
        Assert.Single(Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("いまきました！ 615093")]
    [InlineData("dad's phone buzzed, he is reading it out: 2 8 0 7 7 3")]
    public void ACodeToldAsItArrives_IsRedacted(string text) =>
        Assert.NotEmpty(Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void ACodeSplitOverTwoLines_IsRedacted() =>
        Assert.NotEmpty(Found("SMSのコードです\n718\n264", SensitiveKind.SecurityCode));

    [Fact]
    public void ACodeCopiedByOcrWithALetterForADigit_IsRedacted() =>
        Assert.NotEmpty(Found("認証アプリのスクショを文字起こし\n5 2 O  9 1 8", SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("my email\nkaori.t77\n@yahoo.co.jp")]
    [InlineData("アドレスは misaki_0312@\nicloud.com です")]
    public void AnAddressBrokenOverTwoLines_IsRedacted(string text) =>
        Assert.NotEmpty(Found(text, SensitiveKind.EmailAddress));

    [Fact]
    public void AHedgeTakenBack_LeavesTheValueRedacted() =>
        Assert.Contains("kumo-sora-umi-42", Found("パスワードは kumo-sora-umi-42 みたいな感じ…いや、そのものです", SensitiveKind.Password));

    [Theory]
    [InlineData("クーポンコード AUTUMN25 を入れたら無効って出ました")]
    [InlineData("I entered promo code WELCOME500 and it says expired")]
    [InlineData("ログ見たら最後のサインインは 2025-11-03T08:14:52+09:00 でした、入力したのはその時だけ")]
    [InlineData("会社PCのログインユーザーは「reception-01」でパスワードなしです")]
    public void APublicCodeATimestampOrAUserName_IsNoPassword(string text) =>
        Assert.DoesNotContain(Detector.Find(text), finding => finding.Kind == SensitiveKind.Password);
}
