using Microsoft.Data.Sqlite;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>A SQLite database path in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempSqliteFile : IDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"));

    public TempSqliteFile()
    {
        Directory.CreateDirectory(_directory);
    }

    public string Path => System.IO.Path.Combine(_directory, "supportbot.db");

    public void Dispose()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Another test's pooled connection may still hold it; the temp folder is cleaned eventually.
        }
    }
}
