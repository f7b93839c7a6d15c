using System.Globalization;
using System.Text.RegularExpressions;
using SupportBot.Dialogs.Tools;

namespace SupportBot.Dialogs.Tests.Tools;

/// <summary>privacy-eval: the figures a round of blind files is judged by, the exit code below the bar, and the detector's time.</summary>
public sealed class PrivacyCommandLineTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"privacy-eval-{Guid.NewGuid():N}.jsonl");

    [Fact]
    public async Task PrintsRecallPrecisionAndTheDetectorsTimePerLine()
    {
        await File.WriteAllLinesAsync(_file,
        [
            """{"text": "パスワードは Sakura2023! です", "secret": true, "kind": "password"}""",
            """{"text": "iOS 17.2 にしてからログインできない", "secret": false}""",
        ]);
        using var stdout = new StringWriter();

        var exitCode = await PrivacyCommandLine.TryRunAsync(["privacy-eval", _file], [], stdout, TextWriter.Null);

        var output = stdout.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("recall on secrets:       1.000 (1/1;", output, StringComparison.Ordinal);
        Assert.Contains("look-alikes left alone:  1.000 (1/1;", output, StringComparison.Ordinal);
        var time = Regex.Match(output, @"detector time: (?<us>[\d.]+) µs a line \(best of 3 passes over 2 lines\)");
        Assert.True(time.Success, output);
        Assert.True(double.Parse(time.Groups["us"].Value, CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task ExitsWithOneWhenASecretIsMissed()
    {
        await File.WriteAllLinesAsync(_file, ["""{"text": "I forgot my password", "secret": true}"""]);
        using var stdout = new StringWriter();

        var exitCode = await PrivacyCommandLine.TryRunAsync(["privacy-eval", _file], [], stdout, TextWriter.Null);

        Assert.Equal(1, exitCode);
        Assert.Contains("I forgot my password -> nothing", stdout.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(_file);
}
