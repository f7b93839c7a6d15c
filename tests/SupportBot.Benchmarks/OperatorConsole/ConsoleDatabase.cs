using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SupportBot.Bot.Commands;

namespace SupportBot.Benchmarks.OperatorConsole;

/// <summary>
/// The console benchmark's SQLite database of a million conversations, built once and cached under
/// <c>artifacts/benchmarks/console-db/</c>. Playing a million conversations through the dialogs takes over an hour on
/// 2 cores (the seed command does about 230 a second here), so a sample is seeded through the real dialogs and its facts
/// rows are then copied with new ids and dates rotated across the 90 days until the target is reached. Copies of what
/// people typed (transcript lines, review items) are kept only for the last 14 days, as <c>Storage:RetentionDays</c> would.
/// </summary>
internal static class ConsoleDatabase
{
    private const long DayMs = 86_400_000;
    private const int Days = 90;
    private const int TextDays = 14;

    /// <summary>What was built and when (the queries run at that moment, so a cached database reads the same).</summary>
    public sealed record Manifest(int Sample, int Copies, long Conversations, DateTimeOffset BuiltAt, double SeedSeconds, double SeedConversationsPerSecond, double CopySeconds);

    public static async Task<(string Directory, Manifest Manifest)> BuildOrReuseAsync(string repo, int target, int sample, TextWriter log)
    {
        var directory = Path.Combine(repo, "artifacts", "benchmarks", "console-db", target.ToString(CultureInfo.InvariantCulture));
        var manifestPath = Path.Combine(directory, "manifest.json");
        if (File.Exists(manifestPath) && JsonSerializer.Deserialize<Manifest>(await File.ReadAllTextAsync(manifestPath)) is { } cached
            && cached.Conversations >= target)
        {
            await log.WriteLineAsync($"reusing {directory} (built {cached.BuiltAt:u}; delete it to rebuild)");
            return (directory, cached);
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        await log.WriteLineAsync($"seeding {sample:N0} conversations through the dialogs...");
        var seeded = await SeedCommandLine.SeedAsync(
            new SeedSettings(sample, Days, directory, null, Environment.ProcessorCount, 1), CancellationToken.None);
        await log.WriteLineAsync($"  {seeded.Turns:N0} messages in {seeded.Elapsed.TotalSeconds:F0} s: {seeded.ConversationsPerSecond:F0} conversations/s through the dialogs");

        var builtAt = DateTimeOffset.UtcNow;
        var copies = (target + sample - 1) / sample - 1;
        await log.WriteLineAsync($"copying the sample's facts {copies} times with new ids and rotated dates...");
        var started = Stopwatch.GetTimestamp();
        var total = await CopyAsync(Path.Combine(directory, "supportbot.db"), copies, builtAt);
        var copySeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        await log.WriteLineAsync($"  {total:N0} conversations in {copySeconds:F0} s");

        var manifest = new Manifest(sample, copies, total, builtAt, seeded.Elapsed.TotalSeconds, seeded.ConversationsPerSecond, copySeconds);
        await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest));
        return (directory, manifest);
    }

    private static async Task<long> CopyAsync(string databaseFile, int copies, DateTimeOffset builtAt)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile};Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        var windowEnd = builtAt.ToUnixTimeMilliseconds();
        var window = Days * DayMs;
        var windowStart = windowEnd - window;
        // Each copy k moves every conversation k * 0.618 windows on (wrapping round), spreading copies evenly over the 90 days.
        var shift = (long)(window * 0.6180339887);
        for (var k = 1; k <= copies; k++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, transaction, $"""
                CREATE TEMP TABLE copy_delta AS
                SELECT channel_id, conversation_id,
                    ({windowStart} + ((started_at_ms - {windowStart} + {k} * {shift}) % {window})) - started_at_ms AS delta
                FROM supportbot_conversations WHERE instr(conversation_id, '~') = 0;

                INSERT INTO supportbot_conversations (channel_id, conversation_id, started_at_ms, last_activity_at_ms, language,
                    first_symptom, first_confidence, symptom, reasks, not_understood, outcome, escalation_reason, rating, turns)
                SELECT c.channel_id, c.conversation_id || '~{k}', c.started_at_ms + d.delta, c.last_activity_at_ms + d.delta, c.language,
                    c.first_symptom, c.first_confidence, c.symptom, c.reasks, c.not_understood, c.outcome, c.escalation_reason, c.rating, c.turns
                FROM supportbot_conversations c JOIN copy_delta d USING (channel_id, conversation_id);

                INSERT INTO supportbot_conversation_flows (channel_id, conversation_id, flow, started_at_ms, last_step, outcome)
                SELECT f.channel_id, f.conversation_id || '~{k}', f.flow, f.started_at_ms + d.delta, f.last_step, f.outcome
                FROM supportbot_conversation_flows f JOIN copy_delta d USING (channel_id, conversation_id);

                INSERT INTO supportbot_transcript_lines (channel_id, conversation_id, seq, at_ms, speaker, text)
                SELECT t.channel_id, t.conversation_id || '~{k}', t.seq, t.at_ms + d.delta, t.speaker, t.text
                FROM supportbot_transcript_lines t JOIN copy_delta d USING (channel_id, conversation_id)
                WHERE t.at_ms + d.delta >= {windowEnd - (TextDays * DayMs)};

                INSERT INTO supportbot_review_items (id, channel_id, conversation_id, at_ms, kind, place, text, language, guess, confidence, status)
                SELECT r.id || '~{k}', r.channel_id, r.conversation_id || '~{k}', r.at_ms + d.delta, r.kind, r.place, r.text, r.language, r.guess,
                    r.confidence, r.status
                FROM supportbot_review_items r JOIN copy_delta d USING (channel_id, conversation_id)
                WHERE r.at_ms + d.delta >= {windowEnd - (TextDays * DayMs)};

                DROP TABLE copy_delta;
                """);
            await transaction.CommitAsync();
        }

        // The copies were written as rows, not through the facts writer: count them into the dashboard's figures, as
        // migration 3 does for facts that were there before it.
        await ExecuteAsync(connection, null, SupportBot.Bot.Analytics.FactsTables.RecountFiguresSql);

        // No ANALYZE: the bot never runs it, so the planner here knows what it knows in production.
        await ExecuteAsync(connection, null, "PRAGMA wal_checkpoint(TRUNCATE);");
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM supportbot_conversations";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
