using System.Globalization;
using Microsoft.Bot.Schema;
using SupportBot.Bot.Storage;

using Newtonsoft.Json;
using SupportBot.Bot.Channel;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Keeps Direct Line conversations in the shared store (SQLite, or PostgreSQL for several
/// instances), so a conversation outlives a restart and can be read from any instance.
/// </summary>
/// <remarks>
/// <para>One record per activity, keyed by conversation and watermark. Appending claims the next
/// number with an atomic create-if-absent; when another instance took that number first, the
/// activity takes the one after it. A number is only tried once every number below it exists, so
/// the numbers have no gaps and a reader stops at the first missing one. Nothing grows per
/// activity: an append writes one small record, and reading from a watermark reads only the
/// records after it, in batches.</para>
/// <para>Where to start looking for a free number comes from a head record, overwritten after each
/// append. It is a hint only: two instances may leave it behind the real head, never ahead of it,
/// and the probe walks forward from it.</para>
/// <para>Activities are kept as long as their conversation's rows; there is no retention yet.</para>
/// </remarks>
internal sealed class StorageDirectLineConversationStore(IConditionalStorage storage) : IDirectLineConversationStore
{
    private const int FirstProbeSize = 16;
    private const int MaxProbeSize = 256;

    // Each collision means another instance appended to the same conversation meanwhile; this many in a row is not contention.
    private const int MaxClaimCollisions = 1_000;

    public Task<bool> TryCreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return storage.TryCreateAsync(ConversationKey(conversation.Id), conversation, cancellationToken);
    }

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = ConversationKey(conversationId);
        var found = await storage.ReadAsync([key], cancellationToken);
        return found.TryGetValue(key, out var value) ? StorageSerializer.As<DirectLineConversation>(value) : null;
    }

    public Task EndAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return storage.WriteAsync(new Dictionary<string, object> { [ConversationKey(conversation.Id)] = conversation }, cancellationToken);
    }

    public async Task<long> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var next = await FirstFreeWatermarkAsync(conversationId, cancellationToken);
        foreach (var activity in activities)
        {
            for (var collisions = 0; ; collisions++, next++)
            {
                if (collisions == MaxClaimCollisions)
                {
                    throw new InvalidOperationException($"Could not append to Direct Line conversation after {MaxClaimCollisions} attempts.");
                }

                activity.Id = ActivityId(conversationId, next);
                if (await storage.TryCreateAsync(ActivityKey(conversationId, next), StoredActivity.From(activity), cancellationToken))
                {
                    break;
                }
            }

            next++;
        }

        var last = next - 1;
        await storage.WriteAsync(new Dictionary<string, object> { [HeadKey(conversationId)] = new Head(last) }, cancellationToken);
        return last;
    }

    public async Task<DirectLineActivityPage> ReadAsync(string conversationId, long watermark, int maxCount, CancellationToken cancellationToken)
    {
        var activities = new List<Activity>();
        var after = Math.Max(watermark, 0);
        var batch = FirstProbeSize;
        while (activities.Count < maxCount)
        {
            var (found, complete) = await ReadRunAsync(conversationId, after, Math.Min(batch, maxCount - activities.Count), cancellationToken);
            activities.AddRange(found);
            after += found.Count;
            if (!complete)
            {
                break;
            }

            batch = Math.Min(batch * 4, MaxProbeSize);
        }

        return new DirectLineActivityPage(activities, after);
    }

    private async Task<long> FirstFreeWatermarkAsync(string conversationId, CancellationToken cancellationToken)
    {
        var headKey = HeadKey(conversationId);
        var hint = await storage.ReadAsync([headKey], cancellationToken);
        var after = hint.TryGetValue(headKey, out var value) && StorageSerializer.As<Head>(value) is { } head ? head.Watermark : 0;
        var batch = FirstProbeSize;
        while (true)
        {
            var keys = Watermarks(after, batch).Select(w => ActivityKey(conversationId, w)).ToArray();
            var found = await storage.ReadAsync(keys, cancellationToken);
            var present = keys.TakeWhile(found.ContainsKey).Count();
            if (present < keys.Length)
            {
                return after + present + 1;
            }

            after += present;
            batch = Math.Min(batch * 4, MaxProbeSize);
        }
    }

    /// <summary>The activities numbered after <paramref name="after"/>, up to <paramref name="count"/>, stopping at the first missing one.</summary>
    private async Task<(List<Activity> Found, bool Complete)> ReadRunAsync(string conversationId, long after, int count, CancellationToken cancellationToken)
    {
        var keys = Watermarks(after, count).Select(w => ActivityKey(conversationId, w)).ToArray();
        var found = await storage.ReadAsync(keys, cancellationToken);
        var run = new List<Activity>(keys.Length);
        foreach (var key in keys)
        {
            if (!found.TryGetValue(key, out var value) || StorageSerializer.As<StoredActivity>(value) is not { } stored)
            {
                return (run, false);
            }

            run.Add(stored.ToActivity());
        }

        return (run, true);
    }

    private static IEnumerable<long> Watermarks(long after, int count) =>
        Enumerable.Range(1, count).Select(offset => after + offset);

    private static string ActivityId(string conversationId, long watermark) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{watermark:D7}");

    private static string ConversationKey(string conversationId) => $"directline-conversation/{conversationId}";

    private static string HeadKey(string conversationId) => $"directline-head/{conversationId}";

    // Zero-padded so the keys of one conversation also sort in order in the table.
    private static string ActivityKey(string conversationId, long watermark) =>
        string.Create(CultureInfo.InvariantCulture, $"directline-activity/{conversationId}/{watermark:D10}");

    /// <summary>An activity as the Direct Line wire shows it, kept as that JSON text so it comes back exactly as appended.</summary>
    internal sealed record StoredActivity(string Json)
    {
        public static StoredActivity From(Activity activity) =>
            new(System.Text.Encoding.UTF8.GetString(ChannelJson.SerializeToUtf8(activity)));

        /// <summary>Strings stay strings (no date guessing inside channel data).</summary>
        public Activity ToActivity()
        {
            using var reader = new JsonTextReader(new StringReader(Json)) { DateParseHandling = DateParseHandling.None };
            return ChannelJson.Deserializer.Deserialize<Activity>(reader)!;
        }
    }

    /// <summary>The highest watermark some instance is known to have appended: where the next append starts probing.</summary>
    internal sealed record Head(long Watermark);
}
