using SupportBot.Dialogs.Privacy;

using static SupportBot.Dialogs.Tests.Privacy.DetectorFindings;

namespace SupportBot.Dialogs.Tests.Privacy;

/// <summary>
/// Issue 15, ninth round: forms found by probing the detector with new sentences while blind files 13–16 were being written
/// (codes, passwords, cards, addresses and numbers told in ways no rule read; labels, places, callers and standards that are
/// nobody's secret), and the kinds behind the mistakes of files 13, 14 and 16 once they had been measured and read. Every
/// sentence here is new (none is a line of a labelled file).
/// </summary>
public sealed class Issue15ProbedFormsTests
{
    [Theory]
    [InlineData("暗証番号は 5 0 8 3 です", "5 0 8 3")]
    [InlineData("PIN is 2 9 6 1, same as my bank one", "2 9 6 1")]
    public void APinReadOutDigitByDigit_IsRedacted(string text, string pin) =>
        Assert.Contains(pin, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("my email's mari_k at outlook dot com", "mari_k at outlook dot com")]
    [InlineData("it's kenta.o at icloud dot com", "kenta.o at icloud dot com")]
    public void AnAddressSpelledOutAfterItsOrEmails_IsRedacted(string text, string address) =>
        Assert.Contains(address, Found(text, SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("カードの番号は 4539-2210-7786-3301 です", "4539-2210-7786-3301")]
    [InlineData("クレカの番号が 5412 7700 1934 2256", "5412 7700 1934 2256")]
    public void ACardToldAfterTheWordsForItsNumber_IsRedactedEvenIfADigitIsWrong(string text, string card) =>
        Assert.Contains(card, Found(text, SensitiveKind.CardNumber));

    [Theory]
    [InlineData("Amazonを名乗る 03-5210-7744 という番号で電話が来ました")]
    [InlineData("0120-44-9182 って番号から着信があったけど本物？")]
    public void ANumberThatCalledThePerson_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("090-3812-6604 という番号で登録しています", "090-3812-6604")]
    public void TheirOwnNumberToldWithToIu_IsStillRedacted(string text, string phone) =>
        Assert.Contains(phone, Found(text, SensitiveKind.PhoneNumber));

    [Theory]
    [InlineData("暗証番号は4桁ですか？")]
    [InlineData("the PIN screen shows 1 of 3 attempts left")]
    public void QuestionsAndCountsAboutAPin_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("I'm typing RiverSide2018 and it keeps rejecting it", "RiverSide2018")]
    [InlineData("password? it's tsukimi", "tsukimi")]
    [InlineData("password: it's Kobe_Beef44", "Kobe_Beef44")]
    [InlineData("my new pw, Hotaru-31, does not work either", "Hotaru-31")]
    public void APasswordAnsweredAtOnceOrSetOffByCommas_IsRedacted(string text, string password) =>
        Assert.Contains(Found(text, SensitiveKind.Password), found => found.StartsWith(password, StringComparison.Ordinal));

    [Theory]
    [InlineData("password? it's the one with my cat's name")]
    [InlineData("my password, which I set last year, stopped working")]
    [InlineData("sendSms status=FAILED reason=carrier_reject retry=3")]
    public void SentencesAboutAPasswordWithNoValue_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("my password is basically my anniversary 20110605", "20110605")]
    [InlineData("the pw was my dog's name and a year, Maru2016", "Maru2016")]
    public void APasswordToldAfterWhatItStandsFor_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("my password is the one I made in 2020")]
    [InlineData("the password is the same one since 2017")]
    public void APasswordDatedByAYear_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("えっと、yui.0420 ってパスワードにしてたと思う", "yui.0420")]
    [InlineData("I set maple-63 as my new password on Sunday", "maple-63")]
    [InlineData("my son set the password to his birthday 20090311", "20090311")]
    public void APasswordToldAsWhatWasMadeThePassword_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("Windows11 ってパスワードに関係ある？")]
    [InlineData("I want to change the password to the one from 2019")]
    public void ProductsAndYearsNearAPasswordWord_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("the reference number they gave me was 0456-7812-39")]
    [InlineData("ログイン画面に ap/signin?openid.ns=2.0 って出てる")]
    [InlineData("I typed Q7XW2K from the captcha and it still failed")]
    public void AReferenceAPathWithItsQueryAndACaptcha_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("I typed Hinata2014 in the password box", "Hinata2014")]
    public void APasswordTypedInTheBox_IsStillRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("my number is 0466-22-1234", "0466-22-1234")]
    public void ANumberWithAShortAreaGroup_IsStillAPhoneNumber(string text, string phone) =>
        Assert.Contains(phone, Found(text, SensitiveKind.PhoneNumber));
    [Fact]
    public void PasswordsToldAsTheOldOneAndTheNewOne_AreBothRedacted()
    {
        Assert.Equal(["Kamo-2012", "Kamo-2025"], Found("the old one was Kamo-2012 and the new one Kamo-2025", SensitiveKind.Password));
        Assert.Equal(["yuzu31", "yuzu32"], Found("前のは yuzu31、新しいのは yuzu32", SensitiveKind.Password));
    }

    [Theory]
    [InlineData("the old one was iPhone12 and the new one iPhone15")]
    [InlineData("the new one is Pixel8a")]
    public void DevicesToldAsTheOldOneAndTheNewOne_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("I put in the 6 digit thing 508127", "508127")]
    [InlineData("番号きました！ 731 046", "731 046")]
    public void ACodeNamedByItsLengthOrAsArrived_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("my password must be 8 digits, like 24681357?")]
    [InlineData("the last 4 digits of my phone number are 3390 if that helps")]
    public void DigitsCountedInARuleOrAMaskedEnd_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void ACardToldInRomaji_IsRedacted() =>
        Assert.Contains("4980 0231 7765 1042", Found("kaado bangou wa 4980 0231 7765 1042 desu", SensitiveKind.CardNumber));
    [Theory]
    [InlineData("that would be mochi91", "mochi91")]
    [InlineData("try kaeru55?", "kaeru55")]
    [InlineData("maybe Hayate_03", "Hayate_03")]
    [InlineData("え、nagisa21 じゃなかったっけ", "nagisa21")]
    public void AShortReplyOfOneValueWithAHedge_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("maybe Windows11")]
    [InlineData("try clear_cache")]
    [InlineData("え、E-1234 じゃなかったっけ")]
    public void AShortReplyOfAProductOrAnIdentifier_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("手帳に書いてあるのは sumire-1122 なんですが違うみたい", "sumire-1122")]
    [InlineData("ノートには「Kz2580!」って書いてある", "Kz2580!")]
    [InlineData("I wrote Olive#1979 on a sticky note", "Olive#1979")]
    [InlineData("パスワードは結婚記念日（1108）と苗字です", "1108")]
    public void APasswordReadFromWhereItWasWrittenDown_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("パスワードを変えたのは去年（2023）です")]
    [InlineData("ノートPCは ThinkPad X1 です")]
    [InlineData("my wife wrote it down in her notebook")]
    public void NotesAndYearsWithNoValue_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("出品者の連絡先 order@kobo-shop.jp に問い合わせたけど返事がない")]
    [InlineData("近所の郵便局 0467-22-3140 に確認中")]
    [InlineData("電話してきたのは 050-3188-2270 からでした")]
    [InlineData("アカウント停止 03-4405-7719 まで連絡してください、というSMSが来た")]
    public void ASellersAPlacesOrACallersContact_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("出品者から連絡があって、私の番号 090-6620-1873 を伝えました", "090-6620-1873")]
    [InlineData("私の電話番号 080-4471-9035 まで連絡してください", "080-4471-9035")]
    public void TheirOwnNumberNearASellerOrAPlea_IsStillRedacted(string text, string phone) =>
        Assert.Contains(phone, Found(text, SensitiveKind.PhoneNumber));
    [Theory]
    [InlineData("it's under my husband's email: tetsu.h1975 at gmail", "tetsu.h1975 at gmail")]
    [InlineData("my email is makoto at yahoo", "makoto at yahoo")]
    [InlineData("email - rina[dot]w[at]outlook[dot]jp", "rina[dot]w[at]outlook[dot]jp")]
    public void AnAddressSpelledOutWithAProviderOrBracketedDots_IsRedactedWhole(string text, string address) =>
        Assert.Contains(address, Found(text, SensitiveKind.EmailAddress));

    [Theory]
    [InlineData("support at outlook said no")]
    [InlineData("my friend at yahoo told me to try again")]
    public void ATeamOrAFriendAtAProvider_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("Amazon sent 318240 to my phone but the page says it's wrong", "318240")]
    [InlineData("I keep getting 604112 but it never works", "604112")]
    [InlineData("Got the text. 251 877. Now what?", "251 877")]
    [InlineData("受信したのは「３０９ ６６１」です", "３０９ ６６１")]
    [InlineData("メールに 6 桁の数字 730254 が書いてありました", "730254")]
    public void SixDigitsSentReceivedOrTypedWithoutACodeWord_AreRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("order 402215 never arrived and I can't log in")]
    [InlineData("I got error 500123 when signing in")]
    [InlineData("login failed again, 100000 points gone")]
    [InlineData("会員番号 558120 でログインできない")]
    [InlineData("The SMS sender shows as 'Amazon' and sometimes as 611023, but nothing arrives")]
    public void SixDigitNumbersWithALabelOrAUnit_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Fact]
    public void ACardReadOutInFourGroupsPartedByCommas_IsRedactedWithoutACardWord() =>
        Assert.Contains("4526、0181、5908、3012", Found("番号は 4526、0181、5908、3012 です", SensitiveKind.CardNumber));

    [Theory]
    [InlineData("2021、2022、2023、2024 と毎年更新しています")]
    [InlineData("候補は 4526、0181、5908、3013 のどれか")]
    public void FourGroupsOfFourThatAreYearsOrFailTheCardRule_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("my password is Green River 42", "Green River 42")]
    [InlineData("the password was Ocean View 7. Please help", "Ocean View 7")]
    public void APassphraseOfCapitalisedWordsToTheEndOfTheSentence_IsRedactedWhole(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Fact]
    public void WordsAfterAPasswordThatGoOnTheSentence_AreNotTakenIntoIt() =>
        Assert.Equal(["Tokyo2020"], Found("my password is Tokyo2020 and it fails", SensitiveKind.Password));
    [Theory]
    [InlineData("にんしょうこーどは 530872 です", "530872")]
    [InlineData("かくにんばんごう 6 1 0 2 8 4", "6 1 0 2 8 4")]
    [InlineData("認証コード ４０２・７７１ です", "４０２・７７１")]
    public void ACodeNamedInHiraganaOrGroupedByAMiddleDot_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void APhoneNumberGroupedByMiddleDots_IsRedacted() =>
        Assert.Contains("080・5512・3096", Found("電話番号は 080・5512・3096 です", SensitiveKind.PhoneNumber));
    [Theory]
    [InlineData("I entered 202711 as the expiry and it failed")]
    [InlineData("Got message HTTP 401, request id 918273")]
    public void AnExpiryOrARequestIdInASignInMessage_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("the one I used on the old phone: nozomi500", "nozomi500")]
    [InlineData("the one i set last year was Tanuki_2023", "Tanuki_2023")]
    public void APasswordToldAsTheOneUsedOrSet_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("the one I use is Chrome120")]
    [InlineData("the one we had was Galaxy S21")]
    public void ABrowserOrAPhoneToldAsTheOneUsed_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("前に使ってたのは tanpopo22 です", "tanpopo22")]
    [InlineData("いつも使うのは Kikyo_05 なんですけど", "Kikyo_05")]
    [InlineData("登録したときは「Yuki-Guni-88」にしたはず", "Yuki-Guni-88")]
    [InlineData("パスワードは iPhone-LOVE-88 です", "iPhone-LOVE-88")]
    public void APasswordToldAsWhatIsUsedOrWasSet_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("使ってるのは ThinkPad-X1C-G11 です")]
    [InlineData("使ってるのは iPhone15 です")]
    [InlineData("「iOS18」にしたらログインできない")]
    public void AModelOrAVersionToldAsWhatIsUsed_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("the approval link came, but also a number 774120", "774120")]
    [InlineData("security key backup: 4KQ7-P2XM-9TLD", "4KQ7-P2XM-9TLD")]
    public void ACodeThatCameOrASecurityKeysBackup_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void AModelNumberInAMessageAboutABackup_IsLeftAlone() =>
        Assert.Empty(Detector.Find("I made a backup of my PC, model ABCD-1234-EFGH"));
    [Theory]
    [InlineData("いつも使うのは Wi-Fi6 のルーター")]
    [InlineData("the new one is 128GB")]
    [InlineData("前のは iPhone8 で、今のは iPhone15 です")]
    public void AStandardOrAMeasureToldAsTheOneUsed_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void APasswordStartingWithAStandardsName_IsStillRedacted() =>
        Assert.Contains("WiFi-Home88", Found("パスワードは WiFi-Home88 です", SensitiveKind.Password));
    [Theory]
    [InlineData("maybe B09B8V1LZ3")]
    [InlineData("try OAuth2")]
    [InlineData("maybe WPA2-PSK")]
    public void AShortReplyOfAnAsinOrAStandard_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("パスワード　すずき１９６２", SensitiveKind.Password, "すずき１９６２")]
    [InlineData("あんしょうばんごうは 5126 です", SensitiveKind.SecurityCode, "5126")]
    [InlineData("カードのうらの番号は 418", SensitiveKind.SecurityCode, "418")]
    public void ValuesAfterWordsTypedInHiragana_AreRedacted(string text, SensitiveKind kind, string value) =>
        Assert.Contains(value, Found(text, kind));

    [Theory]
    [InlineData("パスワードまちがえて5回")]
    [InlineData("パスワードをかえて3日です")]
    [InlineData("パスワードやりなおし4かいめ")]
    public void CountsRightAfterAPasswordWord_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("she says the password is probably \"otter-pond-5\" but she isn't sure", "otter-pond-5")]
    [InlineData("ok i remember now, its Hibari_Naku_21, sorry", "Hibari_Naku_21")]
    public void APasswordRememberedOrToldAsProbable_IsRedacted(string text, string password) =>
        Assert.Contains(password, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("the password is probably fine")]
    [InlineData("the password is actually correct, I checked")]
    public void APasswordCalledProbablyFine_HasNoValueInIt(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("here you go: 663 018", "663 018")]
    [InlineData("sure - 820 417", "820 417")]
    [InlineData("→ 195 330", "195 330")]
    [InlineData("the one on my screen says 5 1 0 2 8 4", "5 1 0 2 8 4")]
    [InlineData("it's showing 427-906 on the app", "427-906")]
    public void ACodeHandedOverOrReadOffTheScreen_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Theory]
    [InlineData("the app shows order 203118 as delivered")]
    [InlineData("the screen shows error 500213")]
    public void ALabelledNumberOnTheScreen_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("これでしょうか→ 209 516", "209 516")]
    [InlineData("番号：５０３１８８", "５０３１８８")]
    [InlineData("「６１０２９３」って書いてあります", "６１０２９３")]
    [InlineData("どうぞ 448120", "448120")]
    public void AJapaneseReplyOfOneCode_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void AHedgedReplyInHiragana_IsRedacted() =>
        Assert.Contains("sora-iro-9", Found("たしか sora-iro-9", SensitiveKind.Password));

    [Fact]
    public void AYearNamedAsTheNumbersYear_IsLeftAlone() =>
        Assert.Empty(Detector.Find("番号は 2024 年のです"));
    [Theory]
    [InlineData("card's security number is 618", "618")]
    [InlineData("the little number on the back is 294", "294")]
    [InlineData("my visa and the back number 733", "733")]
    [InlineData("the 4 numbers on the front of my amex is 2271", "2271")]
    public void ACardCodeNamedAsTheSecurityOrBackNumber_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));

    [Fact]
    public void TheNumberOnTheBackOfAPackage_IsLeftAlone() =>
        Assert.Empty(Detector.Find("the number on the back of the package is 1234"));
    [Theory]
    [InlineData("my screen says \"Something went wrong\" code 1060")]
    [InlineData("画面に「問題が発生しました」コード 2041 と出ます")]
    public void TheCodeOfAnErrorShownOnScreen_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Theory]
    [InlineData("it failed, the verification code 482913 expired", "482913")]
    [InlineData("error again, the code they sent 553120 does not work", "553120")]
    public void AOneTimeCodeNearAnError_IsStillRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));
    [Theory]
    [InlineData("What city were you born in? Hakodate", "Hakodate")]
    [InlineData("初めて飼ったペットの名前は？ コロ", "コロ")]
    public void ASecurityQuestionQuotedThenAnswered_HasTheAnswerRedacted(string text, string answer) =>
        Assert.Contains(answer, Found(text, SensitiveKind.Password));

    [Theory]
    [InlineData("Where is my order? Tokyo")]
    [InlineData("生まれた場所は？ わかりません")]
    [InlineData("who was your favorite teacher? I forgot")]
    public void AnOrdinaryQuestionOrAnAnswerThatIsNone_IsLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));
    [Theory]
    [InlineData("あ、これでいいですか？ 4 1 9 0 2 5", "4 1 9 0 2 5")]
    [InlineData("my backup phone has the authenticator app too and it reads 208 471", "208 471")]
    public void ACodeAfterAQuestionOrOnceItsAppIsNamed_IsRedacted(string text, string code) =>
        Assert.Contains(code, Found(text, SensitiveKind.SecurityCode));
    [Theory]
    [InlineData("前のパスワードなら覚えてます。kobe-port1995 です。", SensitiveKind.Password, "kobe-port1995")]
    [InlineData("the authenticator my son set up shows 502 -- 918", SensitiveKind.SecurityCode, "502 -- 918")]
    public void AValueInTheSentenceAfterItsWordOrACodeSplitByDashes_IsRedacted(string text, SensitiveKind kind, string value) =>
        Assert.Contains(value, Found(text, kind));

    [Theory]
    [InlineData("the return label says RMA number Q8tZ3mWpK, can't print it")]
    [InlineData("the bank texted: your card ending 2281 was used at AMAZON.CO.JP for JPY 12,800")]
    [InlineData("宅配の人から電話があって 080-5521-7730 ってかかってきました")]
    [InlineData("アマゾンを名乗る電話が 03-5512-8890 からあって、切りました")]
    [InlineData("送信先は xxxx_m2@kindle.com みたいな形式ですか")]
    [InlineData("my old password was something like qwer5678, just an example")]
    [InlineData("画像認証が何回やってもダメ、PK4W9 って入れてるのに")]
    public void LabelsPlacesCallersTemplatesExamplesAndCaptchas_AreLeftAlone(string text) =>
        Assert.Empty(Detector.Find(text));

    [Fact]
    public void APasswordTypedBeforeTheVerbNearACaptchaThatNamesThePassword_IsStillRedacted() =>
        Assert.Contains("Mikan_77", Found("画像認証は通った、パスワードは Mikan_77 って入れてる", SensitiveKind.Password));
}
