using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

public class MlNetTextClassifierTests
{
    private const double Confident = ClassifierEvaluator.DefaultConfidentThreshold;

    private static MlNetTextClassifier Classifier => TrainedClassifier.Instance;

    [Theory]
    [InlineData("パスワードを忘れてしまいました", SymptomLabels.ForgotPassword)]
    [InlineData("パスワードが違うと言われる", SymptomLabels.ForgotPassword)]
    [InlineData("I forgot my password", SymptomLabels.ForgotPassword)]
    [InlineData("このEメールアドレスを持つアカウントが見つかりません", SymptomLabels.ForgotEmail)]
    [InlineData("登録したメールアドレスを忘れました", SymptomLabels.ForgotEmail)]
    [InlineData("I don't know which email I signed up with", SymptomLabels.ForgotEmail)]
    [InlineData("ログイン画面がループして進めません", SymptomLabels.CacheCookie)]
    [InlineData("パソコンではログインできるのにスマホだとできない", SymptomLabels.CacheCookie)]
    [InlineData("the sign-in page keeps reloading on my phone", SymptomLabels.CacheCookie)]
    [InlineData("正しいパスワードなのに急にログインできなくなった", SymptomLabels.AccountHijack)]
    [InlineData("端末またはアプリから登録が試みられましたというメールが届きました", SymptomLabels.AccountHijack)]
    [InlineData("there are orders on my account I never placed", SymptomLabels.AccountHijack)]
    [InlineData("オペレーターと話したいです", SymptomLabels.HumanAgent)]
    [InlineData("カスタマーセンターの電話番号を教えて", SymptomLabels.HumanAgent)]
    [InlineData("I want to talk to a person", SymptomLabels.HumanAgent)]
    [InlineData("注文した商品を返品したい", SymptomLabels.OutOfScope)]
    [InlineData("プライム会員をやめたい", SymptomLabels.OutOfScope)]
    [InlineData("where is my package?", SymptomLabels.OutOfScope)]
    public void ClearUtterancesAreRoutedToTheirSymptom(string text, string expected)
    {
        var prediction = Classifier.Classify(text);

        Assert.Equal(expected, prediction.Label);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NoTextGivesAnUnconfidentPrediction(string? text)
    {
        var prediction = Classifier.Classify(text);

        Assert.Contains(prediction.Label, SymptomLabels.All);
        Assert.True(prediction.Confidence < Confident, $"{prediction.Label} {prediction.Confidence:F2}");
    }

    [Theory]
    [InlineData("😭😭😭")]
    [InlineData("🙏")]
    [InlineData("👍👍")]
    [InlineData("？？？")]
    public void EmojiOrPunctuationAloneNeverStartsAProblemFlowConfidently(string text)
    {
        var prediction = Classifier.Classify(text);

        Assert.True(prediction.Label == SymptomLabels.OutOfScope || prediction.Confidence < Confident, $"{prediction.Label} {prediction.Confidence:F2}");
    }

    [Fact]
    public void VeryLongMessageIsClassifiedFromItsStart()
    {
        var text = string.Concat(Enumerable.Repeat("パスワードを忘れました。", 1_000));

        var prediction = Classifier.Classify(text);

        Assert.Equal(SymptomLabels.ForgotPassword, prediction.Label);
    }

    [Theory]
    [InlineData('あ')]
    [InlineData('x')]
    public void TenThousandCharactersAreClassifiedWithoutError(char repeated)
    {
        var prediction = Classifier.Classify(new string(repeated, 10_000));

        Assert.Contains(prediction.Label, SymptomLabels.All);
    }

    [Fact]
    public void LongTextOfEmojiIsNotCutInsideACharacter()
    {
        // The leading "x" puts a high surrogate exactly at the truncation point.
        var text = "x" + string.Concat(Enumerable.Repeat("😭", 5_000));

        var prediction = Classifier.Classify(text);

        Assert.Contains(prediction.Label, SymptomLabels.All);
    }

    [Fact]
    public void AlternativesCoverEveryLabelMostProbableFirstAndSumToOne()
    {
        var prediction = Classifier.Classify("パスワード忘れたかも、メールも自信ない");

        Assert.Equal(SymptomLabels.All.Order(), prediction.Alternatives.Select(alternative => alternative.Label).Order());
        Assert.Equal(prediction.Alternatives.OrderByDescending(alternative => alternative.Score), prediction.Alternatives);
        Assert.Equal(prediction.Label, prediction.Alternatives[0].Label);
        Assert.Equal(prediction.Confidence, prediction.Alternatives[0].Score);
        Assert.Equal(1.0, prediction.Alternatives.Sum(alternative => alternative.Score), precision: 3);
    }

    [Fact]
    public void ConcurrentCallersGetTheSameAnswersAsOneCaller()
    {
        var texts = LabelledUtteranceFile.ReadEmbedded(LabelledUtteranceFile.EvaluationResource).Select(example => example.Text).ToArray();
        var sequential = texts.Select(Classifier.Classify).ToArray();

        var concurrent = new Prediction[texts.Length];
        Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            concurrent[i % texts.Length] = Classifier.Classify(texts[i % texts.Length]));

        Assert.Equal(sequential.Select(prediction => (prediction.Label, prediction.Confidence)), concurrent.Select(prediction => (prediction.Label, prediction.Confidence)));
    }
}
