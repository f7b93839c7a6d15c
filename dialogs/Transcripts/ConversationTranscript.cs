using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Records;

namespace SupportBot.Dialogs.Transcripts;

/// <summary>
/// The recent lines of a conversation, user text already redacted, kept in conversation state so
/// a handoff can pass them on. Bounded, so state stays small however long people chat.
/// </summary>
internal sealed class ConversationTranscript
{
    public const int MaxLines = 60;

    public List<TranscriptLine> Lines { get; set; } = [];

    public void Add(TranscriptLine line)
    {
        Lines.Add(line);
        if (Lines.Count > MaxLines)
        {
            Lines.RemoveRange(0, Lines.Count - MaxLines);
        }
    }

    /// <summary>The lines as Bot Framework activities, for a <c>handoff.initiate</c> event's transcript.</summary>
    public IList<Activity> ToActivities(ConversationAccount conversation, ChannelAccount user, ChannelAccount bot) =>
        Lines.Select(line => new Activity
        {
            Type = ActivityTypes.Message,
            Text = line.Text,
            Timestamp = line.At,
            Conversation = conversation,
            From = line.From == TranscriptLine.User ? user : bot,
            Recipient = line.From == TranscriptLine.User ? bot : user,
        }).ToList();
}
