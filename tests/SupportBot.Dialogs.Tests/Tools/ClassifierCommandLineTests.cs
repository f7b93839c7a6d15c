using System.Text.Json;
using SupportBot.Dialogs.Tools;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Tools;

public sealed class ClassifierCommandLineTests : IDisposable
{
    private readonly string _evalFile = Path.Combine(Path.GetTempPath(), $"supportbot-eval-{Guid.NewGuid():N}.jsonl");
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5000")]
    [InlineData("serve")]
    public async Task ArgumentsThatAreNotACommandLeaveTheBotToStart(params string[] args)
    {
        var exitCode = await ClassifierCommandLine.TryRunAsync(args, new StringReader(""), _stdout, _stderr);

        Assert.Null(exitCode);
        Assert.Empty(_stdout.ToString());
    }

    [Fact]
    public async Task ClassifyWritesOneJsonObjectPerInputLineAndNothingElse()
    {
        var input = "パスワードを忘れました\nオペレーターと話したい\n\n😭😭\n\"quoted\" text\n";

        var exitCode = await ClassifierCommandLine.TryRunAsync(["classify"], new StringReader(input), _stdout, _stderr);

        Assert.Equal(0, exitCode);
        var lines = _stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        var objects = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(objects, json =>
        {
            Assert.Contains(json.GetProperty("label").GetString(), SymptomLabels.All);
            Assert.InRange(json.GetProperty("confidence").GetDouble(), 0, 1);
        });
        Assert.Equal("\"quoted\" text", objects[4].GetProperty("text").GetString());
        Assert.Equal(SymptomLabels.ForgotPassword, objects[0].GetProperty("label").GetString());
        Assert.Equal(SymptomLabels.HumanAgent, objects[1].GetProperty("label").GetString());
    }

    [Fact]
    public async Task ClassifyKeepsJapaneseReadable()
    {
        await ClassifierCommandLine.TryRunAsync(["classify"], new StringReader("パスワードを忘れました\n"), _stdout, _stderr);

        Assert.Contains("\"text\":\"パスワードを忘れました\"", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalPrintsPerLabelMetricsConfusionMatrixAndAccuracy()
    {
        await File.WriteAllLinesAsync(_evalFile,
        [
            "{\"text\": \"パスワードを忘れてしまいました\", \"label\": \"forgot_password\"}",
            "{\"text\": \"返品したいです\", \"label\": \"out_of_scope\"}",
        ]);

        var exitCode = await ClassifierCommandLine.TryRunAsync(["eval", _evalFile], new StringReader(""), _stdout, _stderr);

        var report = _stdout.ToString();
        Assert.Equal(0, exitCode);
        Assert.Contains("accuracy: 1.000", report, StringComparison.Ordinal);
        Assert.Contains("confusion matrix", report, StringComparison.Ordinal);
        Assert.Contains("confidently wrong", report, StringComparison.Ordinal);
        Assert.All(SymptomLabels.All, label => Assert.Contains(label, report, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvalBelowTheBarExitsWithOne()
    {
        await File.WriteAllLinesAsync(_evalFile, ["{\"text\": \"パスワードを忘れてしまいました\", \"label\": \"human_agent\"}"]);

        var exitCode = await ClassifierCommandLine.TryRunAsync(["eval", _evalFile], new StringReader(""), _stdout, _stderr);

        Assert.Equal(1, exitCode);
        Assert.Contains("accuracy: 0.000", _stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalOfAMissingFileExplainsOnStderr()
    {
        var exitCode = await ClassifierCommandLine.TryRunAsync(["eval", _evalFile], new StringReader(""), _stdout, _stderr);

        Assert.Equal(2, exitCode);
        Assert.Empty(_stdout.ToString());
        Assert.Contains(_evalFile, _stderr.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        File.Delete(_evalFile);
        _stdout.Dispose();
        _stderr.Dispose();
    }
}
