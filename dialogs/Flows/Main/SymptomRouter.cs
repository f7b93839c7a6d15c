using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Flows.Main;

/// <summary>
/// Turns what a message was understood to say into what the conversation does next. A wrong confident
/// route is worse than asking back, so anything short of a clear winner is asked about.
/// </summary>
internal static class SymptomRouter
{
    /// <summary>Top score needed to route without asking.</summary>
    public const double ConfidentScore = 0.6;

    /// <summary>Lead over the runner-up needed to route without asking.</summary>
    public const double ConfidentMargin = 0.2;

    /// <summary>Combined score of the two best labels for "did you mean one of these?".</summary>
    public const double DisambiguationScore = 0.55;

    /// <summary>Top score at which out-of-scope is believed rather than treated as not understood.</summary>
    public const double OutOfScopeScore = 0.45;

    /// <summary>Every label but a person and out of scope names a cause, which a recovery flow handles.</summary>
    private static readonly HashSet<string> Causes =
        [.. SymptomLabels.All.Where(label => label is not (SymptomLabels.HumanAgent or SymptomLabels.OutOfScope))];

    public static bool IsCause(string label) => Causes.Contains(label);

    public static SymptomRoute Decide(MessageUnderstanding understanding) =>
        understanding.IsOnlyFiller
            ? new SymptomRoute(SymptomRouteKind.NotUnderstood)
            : Decide(understanding.Symptom, understanding.IsGenericLoginProblem, understanding.MentionsLoginProblem);

    public static SymptomRoute Decide(Prediction prediction, bool isGenericLoginProblem, bool mentionsLoginProblem = false)
    {
        var top = prediction.Alternatives.Count > 0 ? prediction.Alternatives[0] : new LabelScore(prediction.Label, prediction.Confidence);
        var second = prediction.Alternatives.Count > 1 ? prediction.Alternatives[1] : new LabelScore(SymptomLabels.OutOfScope, 0);

        // Nothing but "can't log in" names no cause, however sure the model sounds about one.
        if (isGenericLoginProblem)
        {
            return new SymptomRoute(SymptomRouteKind.AskWhichCause);
        }

        if (top.Score >= ConfidentScore && top.Score - second.Score >= ConfidentMargin)
        {
            return top.Label switch
            {
                SymptomLabels.HumanAgent => new SymptomRoute(SymptomRouteKind.HumanAgent, top.Label),
                SymptomLabels.OutOfScope => new SymptomRoute(SymptomRouteKind.OutOfScope, top.Label),
                _ => new SymptomRoute(SymptomRouteKind.Flow, top.Label),
            };
        }

        if (IsCause(top.Label) && IsCause(second.Label) && top.Score + second.Score >= DisambiguationScore)
        {
            return new SymptomRoute(SymptomRouteKind.Disambiguate, Candidates: [top.Label, second.Label]);
        }

        // Says it cannot log in, but not clearly why: the four causes, rather than a guess or "say it again".
        if (mentionsLoginProblem && top.Label != SymptomLabels.OutOfScope)
        {
            return new SymptomRoute(SymptomRouteKind.AskWhichCause);
        }

        if (top.Label == SymptomLabels.OutOfScope && top.Score >= OutOfScopeScore)
        {
            return new SymptomRoute(SymptomRouteKind.OutOfScope, top.Label);
        }

        return new SymptomRoute(SymptomRouteKind.NotUnderstood);
    }
}
