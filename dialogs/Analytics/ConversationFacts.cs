using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Dialogs.Analytics;

/// <summary>
/// What the dialogs tell the operator console about a turn: the symptom read, the flow steps reached,
/// re-asks and misunderstandings, how a case ended. Each call adds to the turn's <see cref="TurnFacts"/>
/// (started by <see cref="ConversationFactsMiddleware"/>); outside a turn it does nothing. Review texts
/// are redacted here, so no secret reaches the facts.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A service the dialogs are given, not a static helper: its calls read as one API.")]
public sealed class ConversationFacts(ISensitiveDataRedactor redactor)
{
    private const string TurnStateKey = "SupportBot.TurnFacts";

    /// <summary>Below this the symptom model's reading of a message that was routed anyway goes to the review queue.</summary>
    public const double LowConfidence = 0.7;

    internal static void Begin(ITurnContext turnContext, TurnFacts facts) => turnContext.TurnState[TurnStateKey] = facts;

    internal static TurnFacts? Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnFacts>(TurnStateKey);

    /// <summary>A transcript line (already redacted) was kept.</summary>
    public static void Said(ITurnContext turnContext, string speaker, string text, DateTimeOffset at) =>
        Of(turnContext)?.Transcript.Add(new TranscriptEntry(speaker, text, at));

    /// <summary>The message was read as a description of the problem.</summary>
    public void SymptomRead(ITurnContext turnContext, Prediction symptom)
    {
        if (Of(turnContext) is { } facts)
        {
            facts.SymptomRead ??= new SymptomReading(symptom.Label, symptom.Confidence);
        }
    }

    /// <summary>A case started (or switched) for <paramref name="symptom"/>.</summary>
    public void CaseSymptom(ITurnContext turnContext, string symptom)
    {
        if (Of(turnContext) is { } facts)
        {
            facts.Symptom = symptom;
        }
    }

    /// <summary>Step <paramref name="index"/> of flow <paramref name="flow"/> runs.</summary>
    public void StepReached(ITurnContext turnContext, string flow, int index, string name) =>
        Of(turnContext)?.Steps.Add(new FlowStep(flow, index, name));

    /// <summary>
    /// The message was not understood where <paramref name="place"/> asked; the bot asks again or gives up.
    /// <paramref name="guess"/> is what the closest model thought it was.
    /// </summary>
    public void NotUnderstood(ITurnContext turnContext, string place, LabelScore? guess)
    {
        if (Of(turnContext) is not { } facts)
        {
            return;
        }

        facts.NotUnderstood = 1;
        AddReview(turnContext, facts, ReviewCandidate.NotUnderstoodKind, place, guess);
    }

    /// <summary>The bot asked the question again (in other words, or as "which of these?").</summary>
    public void Reasked(ITurnContext turnContext)
    {
        if (Of(turnContext) is { } facts)
        {
            facts.Reasks++;
        }
    }

    /// <summary>Understood only well enough to ask back, or routed on a weak reading: worth an operator's look.</summary>
    public void LowConfidenceReading(ITurnContext turnContext, string place, LabelScore guess)
    {
        if (Of(turnContext) is { } facts)
        {
            AddReview(turnContext, facts, ReviewCandidate.LowConfidenceKind, place, guess);
        }
    }

    public void Resolved(ITurnContext turnContext) => Ended(turnContext, Outcomes.Resolved, null);

    public void Escalated(ITurnContext turnContext, string reason) => Ended(turnContext, Outcomes.Escalated, reason);

    /// <summary>Told what the bot is for and where to go instead.</summary>
    public void OutOfScope(ITurnContext turnContext) => Ended(turnContext, Outcomes.OutOfScope, null);

    public void Rated(ITurnContext turnContext, int rating)
    {
        if (Of(turnContext) is { } facts)
        {
            facts.Rating = rating;
        }
    }

    private static void Ended(ITurnContext turnContext, string outcome, string? reason)
    {
        if (Of(turnContext) is { } facts)
        {
            facts.Outcome = outcome;
            facts.EscalationReason = reason;
        }
    }

    private void AddReview(ITurnContext turnContext, TurnFacts facts, string kind, string place, LabelScore? guess)
    {
        var text = turnContext.Activity?.Text;
        if (string.IsNullOrWhiteSpace(text) || facts.Review.Any(item => item.Place == place))
        {
            return;
        }

        facts.Review.Add(new ReviewCandidate(kind, place, redactor.Redact(text.Trim()), guess?.Label ?? string.Empty, guess?.Score ?? 0));
    }
}
