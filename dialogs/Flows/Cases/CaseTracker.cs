using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Flows.Cases;

/// <summary>Keeps the conversation's <see cref="SupportCase"/> in conversation state.</summary>
internal sealed class CaseTracker(ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<SupportCase> _case = conversationState.CreateProperty<SupportCase>(nameof(SupportCase));

    public Task<SupportCase> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _case.GetAsync(turnContext, () => new SupportCase(), cancellationToken);

    /// <summary>A new problem: what was tried for the last one no longer applies.</summary>
    public Task StartAsync(ITurnContext turnContext, string symptom, CancellationToken cancellationToken) =>
        _case.SetAsync(turnContext, new SupportCase { Symptom = symptom }, cancellationToken);

    public async Task NoteTriedAsync(ITurnContext turnContext, string summaryKey, CancellationToken cancellationToken)
    {
        var current = await GetAsync(turnContext, cancellationToken);
        if (!current.Tried.Contains(summaryKey))
        {
            current.Tried.Add(summaryKey);
        }
    }
}
