using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace SupportBot.Bot.Tests.Durability;

/// <summary>
/// The real bot as its own process (<c>dotnet SupportBot.Bot.dll</c>) on a free loopback port, so a
/// test can kill it with SIGKILL or run two of them. Its console output is kept for the test to
/// search; disposing kills it if it still runs.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    public const string DirectLineSecret = "durability-test-directline-secret";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything the process wrote to stdout and stderr so far, one entry per line.</summary>
    public IReadOnlyCollection<string> Output => _output.ToArray();

    /// <summary>Starts the bot with <paramref name="settings"/> as environment variables (<c>Section__Key</c>) and waits until it is ready.</summary>
    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DirectLine__Secret"] = DirectLineSecret;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var bot = new BotProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        try
        {
            await bot.RunAsync();
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }

        return bot;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Kills the process with SIGKILL (no shutdown, no flushing) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        _process.Dispose();
    }

    private async Task RunAsync()
    {
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException(
            $"The bot exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(StartTimeout);
        BaseAddress = await _listening.Task.WaitAsync(timeout.Token);
        using var http = CreateClient();
        while (true)
        {
            try
            {
                using var ready = await http.GetAsync(new Uri("readyz", UriKind.Relative), timeout.Token);
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not accepting connections yet.
            }

            await Task.Delay(200, timeout.Token);
        }
    }

    private void Collect(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (line.Contains("Now listening on", StringComparison.Ordinal) && ListeningAddress().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Value + "/"));
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ListeningAddress();
}
