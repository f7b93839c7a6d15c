using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

public class SymptomClassifierTraceTests
{
    [Fact]
    public void TraceCarriesLabelConfidenceAndAlternativesUnderTheSymptomClassifierName()
    {
        var prediction = new Prediction(
            SymptomLabels.ForgotPassword,
            0.8,
            [new(SymptomLabels.ForgotPassword, 0.8), new(SymptomLabels.AccountHijack, 0.15), new(SymptomLabels.ForgotEmail, 0.05)]);

        var trace = (Activity)SymptomClassifierTrace.From(prediction);

        Assert.Equal(ActivityTypes.Trace, trace.Type);
        Assert.Equal("SymptomClassifier", trace.Name);
        var value = JObject.FromObject(trace.Value);
        Assert.Equal(SymptomLabels.ForgotPassword, (string?)value["label"]);
        Assert.Equal(0.8, (double)value["confidence"]!);
        Assert.Equal(
            [SymptomLabels.ForgotPassword, SymptomLabels.AccountHijack, SymptomLabels.ForgotEmail],
            value["alternatives"]!.Select(alternative => (string?)alternative["label"]));
    }
}
