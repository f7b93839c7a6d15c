using System.Security.Cryptography;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Flows.Cases;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Records;
using SupportBot.Dialogs.State;
using SupportBot.Dialogs.Transcripts;

namespace SupportBot.Dialogs.Flows.Handoff;

/// <summary>
/// Hands a conversation to a person: the card with the phone numbers, a <c>handoff.initiate</c>
/// event for contact-centre software (symptom, summary, redacted transcript), and the records.
/// </summary>
internal sealed class HandoffService(
    HandoffCardFactory cards,
    SupportTexts texts,
    SupportRecords records,
    CaseTracker cases,
    ConversationStateCatalogue state,
    ConversationFacts facts,
    TimeProvider time)
{
    private const string IdAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private readonly IStatePropertyAccessor<ConversationTranscript> _transcript = state.Transcript;

    /// <summary>
    /// Hands off; the summary lists what the conversation's case says was already tried, and <paramref name="reason"/>
    /// (<see cref="EscalationReasons"/>) is kept for the operators.
    /// </summary>
    public async Task<HandoffTicket> HandOffAsync(ITurnContext turnContext, string symptom, string reason, CancellationToken cancellationToken)
    {
        facts.Escalated(turnContext, reason);
        var supportCase = await cases.GetAsync(turnContext, cancellationToken);
        var ticket = new HandoffTicket(NewId(), symptom, Summarize(turnContext, symptom, supportCase.Tried));
        await turnContext.SendActivityAsync(cards.Create(turnContext, ticket), cancellationToken);

        var activity = turnContext.Activity;
        var transcript = await _transcript.GetAsync(turnContext, () => new ConversationTranscript(), cancellationToken);
        var handoffContext = new { handoffId = ticket.Id, symptom, summary = ticket.Summary, language = turnContext.GetLanguage() };
        var handoffEvent = EventFactory.CreateHandoffInitiation(
            turnContext, handoffContext, new Transcript(transcript.ToActivities(activity.Conversation, activity.From, activity.Recipient)));
        await turnContext.SendActivityAsync(handoffEvent, cancellationToken);

        var now = time.GetUtcNow();
        await records.SaveHandoffAsync(
            new HandoffRecord(ticket.Id, activity.Conversation.Id, activity.ChannelId, symptom, ticket.Summary,
                turnContext.GetLanguage(), [.. transcript.Lines], now),
            cancellationToken);
        await records.SaveOutcomeAsync(
            new OutcomeRecord(activity.Conversation.Id, activity.ChannelId, symptom, OutcomeRecord.Escalated, null, ticket.Id, now),
            cancellationToken);
        return ticket;
    }

    private string Summarize(ITurnContext turnContext, string symptom, List<string> tried)
    {
        // Someone who came only to ask for a person: the symptom already says so; don't say it twice.
        if (symptom == SymptomLabels.HumanAgent)
        {
            tried = [.. tried.Where(key => key != TriedNotes.UserRequested.Id)];
        }

        var parts = new List<string> { texts.Get(turnContext, TextKeys.Summary.Symptom(symptom)) };
        parts.AddRange(tried.Count == 0
            ? [texts.Get(turnContext, TextKeys.Summary.TriedNone)]
            : tried.Select(key => texts.Get(turnContext, new TriedNote(key).Key)));
        return string.Join(texts.Get(turnContext, TextKeys.Summary.Separator), parts);
    }

    private static string NewId() =>
        "SB-" + new string(RandomNumberGenerator.GetItems<char>(IdAlphabet, 8));
}
