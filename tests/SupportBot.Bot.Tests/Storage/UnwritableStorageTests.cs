using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Storage;

/// <summary>
/// Issue 15, finding 5: storage that cannot be written stops start-up with one line naming the path
/// and the permission (exit code 1, no abort), and <c>/readyz</c> fails while the store takes no
/// writes. The start-up cases run the real bot process; as root (which ignores file modes) it runs
/// without the capabilities that override them, as any other user would.
/// </summary>
public sealed class UnwritableStorageTests : IDisposable
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(45);

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("supportbot-readonly-");

    [SkippableFact]
    public async Task EmptyReadOnlyDataDirectoryStopsStartUpWithOneLineNamingThePath()
    {
        var data = _root.CreateSubdirectory("data").FullName;
        MakeReadOnly(data);

        var (exitCode, output) = await RunBotAsync(data);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(output, l => l.Contains(data, StringComparison.Ordinal));
        Assert.Contains("not writable", line, StringComparison.Ordinal);
        Assert.Contains("write and execute permission", line, StringComparison.Ordinal);
        Assert.DoesNotContain(output, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ReadOnlyDataDirectoryHoldingADatabaseStopsStartUpInsteadOfFailingEveryTurn()
    {
        var data = _root.CreateSubdirectory("data").FullName;
        using (var storage = new SupportBot.Bot.Storage.SqliteStorage(Path.Combine(data, "supportbot.db"), TimeProvider.System))
        {
            await storage.InitializeAsync();
        }

        SqliteConnection.ClearAllPools();
        MakeReadOnly(data);

        var (exitCode, output) = await RunBotAsync(data);

        Assert.Equal(1, exitCode);
        Assert.Contains(output, l => l.Contains(data, StringComparison.Ordinal) && l.Contains("permission", StringComparison.Ordinal));
        Assert.DoesNotContain(output, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadinessFailsWhileTheDatabaseTakesNoWritesAndRecoversAfter()
    {
        await using var bot = new BotHost().Start();
        using var http = bot.CreateLoopbackClient();
        using (var before = await http.GetAsync(new Uri("readyz", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // Another process holding the write lock: reads go on (WAL), writes wait and fail.
        await using (var blocker = new SqliteConnection($"Data Source={Path.Combine(bot.DataDirectory!, "supportbot.db")};Pooling=False"))
        {
            await blocker.OpenAsync();
            await using var begin = blocker.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();

            using var blocked = await http.GetAsync(new Uri("readyz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, blocked.StatusCode);
        }

        // The probe left queued behind the lock finishes first; then the store takes writes again.
        var recovered = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 40 && recovered != HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(250);
            using var after = await http.GetAsync(new Uri("readyz", UriKind.Relative));
            recovered = after.StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, recovered);
    }

    public void Dispose()
    {
        foreach (var directory in _root.EnumerateDirectories("*", SearchOption.AllDirectories))
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(directory.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        _root.Delete(recursive: true);
    }

    private static void MakeReadOnly(string directory)
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only.");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(
                directory,
                UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
    }

    /// <summary>Starts the bot on <paramref name="dataDirectory"/> and waits for it to exit (it should not get far).</summary>
    private static async Task<(int ExitCode, List<string> Output)> RunBotAsync(string dataDirectory)
    {
        var dll = typeof(Program).Assembly.Location;
        var asRoot = Environment.UserName == "root";
        Skip.If(asRoot && !File.Exists("/usr/bin/setpriv"), "Running as root without setpriv: file modes cannot be made to bind.");
        var start = new ProcessStartInfo(asRoot ? "/usr/bin/setpriv" : "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asRoot)
        {
            // Without these two capabilities root obeys file modes like everyone else.
            foreach (var argument in new[] { "--bounding-set", "-dac_override,-dac_read_search", "dotnet" })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in new[] { dll, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__DataDirectory"] = dataDirectory;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"The bot was still running after {ExitTimeout.TotalSeconds:0} s on an unwritable data directory:{Environment.NewLine}{await stdout}{await stderr}");
        }

        var output = ((await stdout) + (await stderr)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return (process.ExitCode, output);
    }
}
