using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Storage;

/// <summary>Where conversation and user state is kept (configuration section <c>Storage</c>).</summary>
internal sealed class StorageOptions : IValidatableObject
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Storage";

    /// <summary>Which store to use. Default: <see cref="StorageProvider.Sqlite"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder of the SQLite file <c>supportbot.db</c>. Default: <c>./data</c>.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Npgsql connection string; required when <see cref="Provider"/> is Postgres.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long an activity id is remembered to drop its redeliveries. Default: one day (channels redeliver within minutes).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan RememberActivityIdsFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Days a conversation's data is kept after its last write: conversation and user state (the
    /// transcript with them), Direct Line conversations and history, handoff and outcome records.
    /// <see cref="RetentionSweeper"/> deletes what is older once an hour. Default: 14 days, enough for
    /// an operator to pick up a handoff over a long holiday and short for what a public page's
    /// anonymous visitors typed.
    /// </summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 14;

    /// <summary>The SQLite database file for these options.</summary>
    public string SqliteFilePath => Path.GetFullPath(Path.Combine(DataDirectory, "supportbot.db"));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult("Storage:Provider must be Sqlite, Postgres or Memory.", [nameof(Provider)]);
        }

        if (Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(DataDirectory))
        {
            yield return new ValidationResult("Storage:DataDirectory is required for the Sqlite provider.", [nameof(DataDirectory)]);
        }

        if (Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult("Storage:ConnectionString is required for the Postgres provider.", [nameof(ConnectionString)]);
        }
    }
}

/// <summary>The kinds of store SupportBot can keep its state in.</summary>
internal enum StorageProvider
{
    /// <summary>An embedded SQLite file: the default, for one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by several instances.</summary>
    Postgres,

    /// <summary>The Bot Framework's MemoryStorage: lost on restart, for tests only.</summary>
    Memory,
}
