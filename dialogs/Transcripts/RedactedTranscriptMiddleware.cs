using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Analytics;
using SupportBot.Dialogs.Records;
using SupportBot.Dialogs.State;

namespace SupportBot.Dialogs.Transcripts;

/// <summary>
/// Records what the user and the bot say into the conversation's <see cref="ConversationTranscript"/>.
/// User text is redacted (<see cref="KeptDataRedaction"/>) before it is kept; the bot never repeats what a user typed, so its own
/// lines are kept as sent. Each line also goes to the turn's facts, for the operators' console.
/// </summary>
public sealed class RedactedTranscriptMiddleware(
    ConversationStateCatalogue state, KeptDataRedaction redaction, TimeProvider time) : IMiddleware
{
    private readonly IStatePropertyAccessor<ConversationTranscript> _transcript = state.Transcript;


    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken);
            return;
        }

        var transcript = await _transcript.GetAsync(turnContext, () => new ConversationTranscript(), cancellationToken);
        if (!string.IsNullOrWhiteSpace(turnContext.Activity.Text))
        {
            Keep(turnContext, transcript, new TranscriptLine(TranscriptLine.User, redaction.Text(turnContext.Activity.Text), time.GetUtcNow()));
        }

        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            foreach (var text in activities.Where(a => a.Type == ActivityTypes.Message && !string.IsNullOrEmpty(a.Text)).Select(a => a.Text))
            {
                Keep(context, transcript, new TranscriptLine(TranscriptLine.Bot, text, time.GetUtcNow()));
            }

            return await nextSend();
        });

        await next(cancellationToken);
    }

    /// <summary>In the state's transcript (for a handoff) and in the turn's facts (for the operators' console).</summary>
    private static void Keep(ITurnContext turnContext, ConversationTranscript transcript, TranscriptLine line)
    {
        transcript.Add(line);
        ConversationFacts.Said(turnContext, line.From, line.Text, line.At);
    }
}
