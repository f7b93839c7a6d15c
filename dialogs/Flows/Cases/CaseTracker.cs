using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.State;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Flows.Cases;

/// <summary>Keeps the conversation's <see cref="SupportCase"/> in conversation state.</summary>
internal sealed class CaseTracker(ConversationStateCatalogue state, ConversationFacts facts)
{
    private readonly IStatePropertyAccessor<SupportCase> _case = state.Case;

    public Task<SupportCase> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _case.GetAsync(turnContext, () => new SupportCase(), cancellationToken);

    /// <summary>A new problem: what was shown and said for the last one no longer applies; what the person told us about themselves still does.</summary>
    public async Task StartAsync(ITurnContext turnContext, string symptom, CancellationToken cancellationToken)
    {
        facts.CaseSymptom(turnContext, symptom);
        var previous = await GetAsync(turnContext, cancellationToken);
        await _case.SetAsync(turnContext, new SupportCase { Symptom = symptom, Device = previous.Device, EmailKnown = previous.EmailKnown }, cancellationToken);
    }

    /// <summary>The person corrected us: the same case, now about <paramref name="symptom"/>; what they were shown stays true.</summary>
    public async Task SwitchAsync(ITurnContext turnContext, string symptom, CancellationToken cancellationToken)
    {
        facts.CaseSymptom(turnContext, symptom);
        (await GetAsync(turnContext, cancellationToken)).Symptom = symptom;
    }

    /// <summary>Remembers, once, what the person was shown or said; the case keeps the note's id.</summary>
    public async Task NoteTriedAsync(ITurnContext turnContext, TriedNote note, CancellationToken cancellationToken)
    {
        var current = await GetAsync(turnContext, cancellationToken);
        if (!current.Tried.Contains(note.Id))
        {
            current.Tried.Add(note.Id);
        }
    }

    /// <summary>Keeps the facts a message states in passing (a device, "I know my email"), so no question asks them again.</summary>
    public async Task RememberAsync(ITurnContext turnContext, MessageUnderstanding understanding, CancellationToken cancellationToken)
    {
        if (understanding.Device is null && !understanding.SaysEmailKnown)
        {
            return;
        }

        var current = await GetAsync(turnContext, cancellationToken);
        current.Device = understanding.Device ?? current.Device;
        current.EmailKnown |= understanding.SaysEmailKnown;
    }
}
