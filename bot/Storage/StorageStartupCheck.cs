using System.Data.Common;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.Storage;

/// <summary>
/// Run before the host starts listening: the store is created, migrated and takes a write, or
/// start-up stops with a <see cref="StorageUnavailableException"/> whose one-line message names the
/// path (or the provider) and what is missing. A store that only reads would pass every probe
/// and fail every turn.
/// </summary>
internal static class StorageStartupCheck
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        if (options.Provider == StorageProvider.Sqlite)
        {
            DataDirectoryCheck.EnsureUsable(options.SqliteFilePath);
        }

        var storage = services.GetRequiredService<IConditionalStorage>();
        try
        {
            if (storage is SqlStorage sql)
            {
                await sql.InitializeAsync(cancellationToken);
            }

            await StorageProbe.WriteAsync(storage, services.GetRequiredService<TimeProvider>(), cancellationToken);
        }
        catch (DbException e)
        {
            var where = options.Provider == StorageProvider.Sqlite
                ? $"The SQLite database '{options.SqliteFilePath}'"
                : "The PostgreSQL database (Storage:ConnectionString)";
            throw new StorageUnavailableException($"{where} does not take writes: {FirstLine(e.Message)}", e);
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
