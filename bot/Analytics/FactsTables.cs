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
    public const string Figures = "supportbot_hourly_figures";
    public const string FlowFigures = "supportbot_hourly_flow_figures";

    /// <summary>Figures are kept by the UTC hour a conversation (or a flow) started: any whole-hour reporting offset can sum them into days.</summary>
    public const long HourMs = 3_600_000;

    /// <summary>Counts every conversation and flow row into the figures afresh (after rows were written by other means).</summary>
    public static readonly string RecountFiguresSql = $"""
        DELETE FROM {Figures};
        DELETE FROM {FlowFigures};
        INSERT INTO {Figures} (hour_ms, dimension, value, outcome, count)
        SELECT (started_at_ms / {HourMs}) * {HourMs}, 'all', '', COALESCE(outcome, ''), COUNT(*) FROM {Conversations} GROUP BY 1, 4
        UNION ALL SELECT (started_at_ms / {HourMs}) * {HourMs}, 'symptom', COALESCE(symptom, ''), COALESCE(outcome, ''), COUNT(*) FROM {Conversations} GROUP BY 1, 3, 4
        UNION ALL SELECT (started_at_ms / {HourMs}) * {HourMs}, 'channel', channel_id, COALESCE(outcome, ''), COUNT(*) FROM {Conversations} GROUP BY 1, 3, 4
        UNION ALL SELECT (started_at_ms / {HourMs}) * {HourMs}, 'language', COALESCE(language, ''), COALESCE(outcome, ''), COUNT(*) FROM {Conversations} GROUP BY 1, 3, 4
        UNION ALL SELECT (started_at_ms / {HourMs}) * {HourMs}, 'reason', escalation_reason, COALESCE(outcome, ''), COUNT(*) FROM {Conversations} WHERE escalation_reason IS NOT NULL GROUP BY 1, 3, 4
        UNION ALL SELECT (started_at_ms / {HourMs}) * {HourMs}, 'rating', CAST(rating AS TEXT), COALESCE(outcome, ''), COUNT(*) FROM {Conversations} WHERE rating IS NOT NULL GROUP BY 1, 3, 4;
        INSERT INTO {FlowFigures} (hour_ms, flow, last_step, outcome, count)
        SELECT (started_at_ms / {HourMs}) * {HourMs}, flow, last_step, COALESCE(outcome, ''), COUNT(*) FROM {Flows} GROUP BY 1, 2, 3, 4
        """;

    /// <summary>
    /// Migration 3: the dashboard's figures kept already added up, one count per hour, dimension, value and stored outcome
    /// (<c>''</c> for none yet), and per hour, flow, last step and the flow's outcome. Summing a period's few thousand rows
    /// answers in milliseconds where adding up a million conversation rows took seconds. Existing facts are counted in.
    /// </summary>
    public static readonly string CreateFiguresSql = $"""
        CREATE TABLE {Figures} (
            hour_ms BIGINT NOT NULL,
            dimension TEXT NOT NULL,
            value TEXT NOT NULL,
            outcome TEXT NOT NULL,
            count BIGINT NOT NULL,
            PRIMARY KEY (hour_ms, dimension, value, outcome)
        );
        CREATE TABLE {FlowFigures} (
            hour_ms BIGINT NOT NULL,
            flow TEXT NOT NULL,
            last_step INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            count BIGINT NOT NULL,
            PRIMARY KEY (hour_ms, flow, last_step, outcome)
        );
        """ + RecountFiguresSql;


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
