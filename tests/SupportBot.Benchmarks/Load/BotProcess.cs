using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SupportBot.Benchmarks.Load;

/// <summary>A bot under test in its own process (so its CPU and memory are its own), output to a log file.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private BotProcess(Process process, StreamWriter log, int port, long startedAt)
    {
        _process = process;
        _log = log;
        Port = port;
        StartedAt = startedAt;
    }

    public int Port { get; }

    public int Pid => _process.Id;

    /// <summary><see cref="Stopwatch"/> timestamp taken just before the process was started.</summary>
    public long StartedAt { get; }

    public Uri Url => new($"http://127.0.0.1:{Port}/");

    public static BotProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, string logDirectory, int? port = null)
    {
        var chosenPort = port ?? FreePort();
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument.Replace("{port}", chosenPort.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        Directory.CreateDirectory(logDirectory);
        var log = new StreamWriter(Path.Combine(logDirectory, name + ".log")) { AutoFlush = true };
        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, log, chosenPort, startedAt);
    }

    /// <summary>Waits until the bot accepts TCP connections.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"bot exited with {_process.ExitCode}; see its log");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }

        throw new TimeoutException("bot did not start listening");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}
