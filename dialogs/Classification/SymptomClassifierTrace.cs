using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// The trace activity that shows, in the Emulator's inspector, why a branch was taken (as Bot Framework
/// recognisers do). Send it for every classification; adapters deliver trace activities to the emulator channel only.
/// </summary>
public static class SymptomClassifierTrace
{
    public const string Name = "SymptomClassifier";
    public const string ValueType = "https://supportbot/schemas/symptomClassification";

    public static IActivity From(Prediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        var value = new Dictionary<string, object>
        {
            ["label"] = prediction.Label,
            ["confidence"] = prediction.Confidence,
            ["alternatives"] = prediction.Alternatives
                .Select(alternative => new Dictionary<string, object> { ["label"] = alternative.Label, ["score"] = alternative.Score })
                .ToList(),
        };
        return Activity.CreateTraceActivity(Name, ValueType, value, label: prediction.Label);
    }
}
