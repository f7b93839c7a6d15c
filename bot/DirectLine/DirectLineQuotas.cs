using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.DirectLine;

/// <summary>
/// Bounds what one visitor of the public page can make the store keep: bytes per conversation
/// (<see cref="DirectLineOptions.MaxBytesPerConversation"/>), bytes per token user over all their
/// conversations (<see cref="DirectLineOptions.MaxBytesPerTokenUser"/>) and conversations open at
/// once per client address (<see cref="DirectLineOptions.MaxOpenConversationsPerClient"/>).
/// </summary>
/// <remarks>
/// The counters are records in the shared store, updated with their ETag (re-read and retried on
/// a conflict), so every instance sees the same figures and concurrent posts cannot overshoot: a
/// client's activity is reserved before it is appended. The bot's replies are added after the
/// turn, unconditionally, so the next post is the one refused. The secret's holder (tests, Botium,
/// server-side tools) is not limited in how many conversations it opens. Client addresses are kept
/// only as a hash.
/// </remarks>
internal sealed class DirectLineQuotas(IConditionalStorage storage, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const int MaxConflicts = 50;

    /// <summary>Reserves <paramref name="bytes"/> for a client's activity, or says which quota it would exceed.</summary>
    public async Task<DirectLineErrorResult?> TryReserveAsync(string conversationId, DirectLineCaller caller, long bytes, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        if (caller.UserId is { } userId && !await TryAddAsync(UserKey(userId), bytes, limits.MaxBytesPerTokenUser, cancellationToken))
        {
            return DirectLineErrorResult.QuotaExceeded(
                "TokenQuotaExceeded", $"This token's user may keep at most {limits.MaxBytesPerTokenUser} bytes of activities; this one ({bytes} bytes) would pass it.");
        }

        if (!await TryAddAsync(ConversationKey(conversationId), bytes, limits.MaxBytesPerConversation, cancellationToken))
        {
            return DirectLineErrorResult.QuotaExceeded(
                "ConversationQuotaExceeded", $"This conversation may keep at most {limits.MaxBytesPerConversation} bytes of activities; this one ({bytes} bytes) would pass it.");
        }

        return null;
    }

    /// <summary>Counts what the bot said against the conversation (never refused: the bot's replies are bounded by the bot).</summary>
    public Task AddAsync(string conversationId, long bytes, CancellationToken cancellationToken) =>
        TryAddAsync(ConversationKey(conversationId), bytes, long.MaxValue, cancellationToken);

    /// <summary>Counts a conversation the client opens, or refuses it when the client already has as many open as allowed.</summary>
    public async Task<DirectLineErrorResult?> TryOpenAsync(string conversationId, DirectLineCaller caller, string clientAddress, CancellationToken cancellationToken)
    {
        if (caller.IsSecret)
        {
            return null;
        }

        var limits = options.Value;
        var key = ClientKey(clientAddress);
        for (var conflicts = 0; conflicts < MaxConflicts; conflicts++)
        {
            var found = await storage.ReadAsync([key], cancellationToken);
            var record = found.TryGetValue(key, out var value) ? StorageSerializer.As<OpenConversations>(value) ?? new() : new();
            var since = time.GetUtcNow() - limits.OpenConversationWindow;
            record.Open.RemoveAll(open => open.StartedAt < since || open.Id == conversationId);
            if (record.Open.Count >= limits.MaxOpenConversationsPerClient)
            {
                return DirectLineErrorResult.TooManyConversations(
                    $"This client started {record.Open.Count} conversations within {limits.OpenConversationWindow}; continue one of them or wait before starting another.");
            }

            record.Open.Add(new OpenConversation(conversationId, time.GetUtcNow()));
            if (await TryWriteAsync(key, record, cancellationToken))
            {
                return null;
            }
        }

        throw new InvalidOperationException($"Could not count a Direct Line conversation after {MaxConflicts} conflicting writes.");
    }

    private async Task<bool> TryAddAsync(string key, long bytes, long limit, CancellationToken cancellationToken)
    {
        for (var conflicts = 0; conflicts < MaxConflicts; conflicts++)
        {
            var found = await storage.ReadAsync([key], cancellationToken);
            var usage = found.TryGetValue(key, out var value) ? StorageSerializer.As<ByteUsage>(value) ?? new() : new();
            if (usage.Bytes + bytes > limit)
            {
                return false;
            }

            usage.Bytes += bytes;
            if (await TryWriteAsync(key, usage, cancellationToken))
            {
                return true;
            }
        }

        throw new InvalidOperationException($"Could not count Direct Line bytes after {MaxConflicts} conflicting writes.");
    }

    private async Task<bool> TryWriteAsync(string key, IStoreItem item, CancellationToken cancellationToken)
    {
        // A first write carries no ETag: create it only if still absent, or someone else created it first.
        if (string.IsNullOrEmpty(item.ETag))
        {
            return await storage.TryCreateAsync(key, item, cancellationToken);
        }

        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = item }, cancellationToken);
            return true;
        }
        catch (ETagConflictException)
        {
            return false;
        }
    }

    private static string ConversationKey(string conversationId) => $"directline-usage/conversation/{conversationId}";

    private static string UserKey(string userId) => $"directline-usage/user/{userId}";

    private static string ClientKey(string clientAddress) =>
        "directline-usage/client/" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientAddress)))[..32];

    /// <summary>Bytes of activities kept under one counter.</summary>
    internal sealed class ByteUsage : IStoreItem
    {
        public long Bytes { get; set; }

        public string? ETag { get; set; }
    }

    /// <summary>The conversations one client address opened within the window.</summary>
    internal sealed class OpenConversations : IStoreItem
    {
        public List<OpenConversation> Open { get; set; } = [];

        public string? ETag { get; set; }
    }

    internal sealed record OpenConversation(string Id, DateTimeOffset StartedAt);
}
