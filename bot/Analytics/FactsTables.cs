namespace SupportBot.Bot.Analytics;

/// <summary>
/// The conversation facts' tables, in the state's database (migration 2 of <see cref="Storage.StorageSchema"/>).
/// One SQL text serves SQLite and PostgreSQL: times are Unix milliseconds (<c>BIGINT</c>), scores
/// <c>DOUBLE PRECISION</c> (SQLite reads it as REAL). Columns are what the console filters and groups by;
/// nothing is a JSON blob.
/// </summary>
internal static class FactsTables
{
    public const string Conversations = "supportbot_conversations";
    public const string Flows = "supportbot_conversation_flows";
    public const string Review = "supportbot_review_items";
    public const string Transcript = "supportbot_transcript_lines";

    public const string CreateSql = $"""
        CREATE TABLE {Conversations} (
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            started_at_ms BIGINT NOT NULL,
            last_activity_at_ms BIGINT NOT NULL,
            language TEXT NULL,
            first_symptom TEXT NULL,
            first_confidence DOUBLE PRECISION NULL,
            symptom TEXT NULL,
            reasks INTEGER NOT NULL DEFAULT 0,
            not_understood INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NULL,
            escalation_reason TEXT NULL,
            rating INTEGER NULL,
            turns INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (channel_id, conversation_id)
        );
        CREATE INDEX ix_{Conversations}_started ON {Conversations} (started_at_ms, outcome, symptom, channel_id, language, escalation_reason, rating, last_activity_at_ms);
        CREATE INDEX ix_{Conversations}_activity ON {Conversations} (last_activity_at_ms);
        CREATE TABLE {Flows} (
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            flow TEXT NOT NULL,
            started_at_ms BIGINT NOT NULL,
            last_step INTEGER NOT NULL,
            outcome TEXT NULL,
            PRIMARY KEY (channel_id, conversation_id, flow)
        );
        CREATE INDEX ix_{Flows}_started ON {Flows} (started_at_ms, flow, last_step, outcome);
        CREATE TABLE {Review} (
            id TEXT NOT NULL PRIMARY KEY,
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            at_ms BIGINT NOT NULL,
            kind TEXT NOT NULL,
            place TEXT NOT NULL,
            text TEXT NOT NULL,
            language TEXT NULL,
            guess TEXT NOT NULL,
            confidence DOUBLE PRECISION NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            label TEXT NULL,
            reviewed_at_ms BIGINT NULL
        );
        CREATE INDEX ix_{Review}_status ON {Review} (status, at_ms);
        CREATE TABLE {Transcript} (
            channel_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            seq BIGINT NOT NULL,
            at_ms BIGINT NOT NULL,
            speaker TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (channel_id, conversation_id, seq)
        );
        CREATE INDEX ix_{Transcript}_at ON {Transcript} (at_ms)
        """;
}
