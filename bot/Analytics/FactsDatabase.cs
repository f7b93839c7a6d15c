using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Analytics;

/// <summary>The state's database when it is a SQL one (SQLite, PostgreSQL): where the facts live. Null with the in-memory store of tests.</summary>
internal sealed record FactsDatabase(SqlStorage? Storage)
{
    public SqlStorage Required =>
        Storage ?? throw new InvalidOperationException("Conversation facts need the Sqlite or Postgres storage provider.");

    /// <summary>
    /// Several instances may write the same conversation's facts (PostgreSQL): its row is then read under a transaction-scoped
    /// lock. SQLite has one writer at a time, so it needs none.
    /// </summary>
    public bool HasConcurrentWriters => Storage is PostgresStorage;
}
