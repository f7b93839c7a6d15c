using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.TraceExtensions;
using Microsoft.Bot.Connector;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Flows.Main;

/// <summary>
/// Classifies what the user said and, on the Emulator, shows why with a <c>SymptomClassifier</c>
/// trace (as Bot Framework samples do with recogniser results).
/// </summary>
internal sealed class SymptomUnderstanding(ISymptomClassifier classifier, GenericLoginProblemDetector genericDetector)
{
    public const string TraceName = "SymptomClassifier";
    public const string TraceValueType = "https://supportbot/schemas/symptom-classification";

    public async Task<SymptomRoute> UnderstandAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var prediction = await ClassifyAsync(turnContext, text, cancellationToken);
        return SymptomRouter.Decide(prediction, genericDetector.IsGenericLoginProblem(text));
    }

    public async Task<SymptomPrediction> ClassifyAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var prediction = classifier.Classify(text);
        if (turnContext.Activity.ChannelId == Channels.Emulator)
        {
            var value = new
            {
                label = prediction.Label,
                confidence = prediction.Confidence,
                alternatives = prediction.Alternatives.Select(a => new { label = a.Label, score = a.Score }),
            };
            await turnContext.TraceActivityAsync(TraceName, value, TraceValueType, TraceName, cancellationToken);
        }

        return prediction;
    }
}
