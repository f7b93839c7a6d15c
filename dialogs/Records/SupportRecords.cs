using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Records;

/// <summary>Writes handoff and outcome records through the bot's storage (whatever store is configured).</summary>
internal sealed class SupportRecords(IStorage storage)
{
    public static string HandoffKey(string handoffId) => $"handoff/{handoffId}";

    public static string OutcomeKey(string channelId, string conversationId, DateTimeOffset at) =>
        $"outcome/{channelId}/{conversationId}/{at.ToUnixTimeMilliseconds()}";

    public Task SaveHandoffAsync(HandoffRecord record, CancellationToken cancellationToken) =>
        storage.WriteAsync(new Dictionary<string, object> { [HandoffKey(record.Id)] = record }, cancellationToken);

    public Task SaveOutcomeAsync(OutcomeRecord record, CancellationToken cancellationToken) =>
        storage.WriteAsync(
            new Dictionary<string, object> { [OutcomeKey(record.ChannelId, record.ConversationId, record.RecordedAt)] = record },
            cancellationToken);
}
