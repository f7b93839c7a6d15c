using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Flows.Main;

/// <summary>
/// Classifies what the user said and, on the Emulator, shows why with a <c>SymptomClassifier</c>
/// trace (as Bot Framework samples do with recogniser results).
/// </summary>
internal sealed class SymptomUnderstanding(ISymptomClassifier classifier, GenericLoginProblemDetector genericDetector)
{
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
            await turnContext.SendActivityAsync(SymptomClassifierTrace.From(prediction), cancellationToken);
        }

        return prediction;
    }
}
