using System.Globalization;
using SupportBot.Dialogs.Configuration;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Commands;

/// <summary>
/// <c>privacy-eval &lt;file.jsonl&gt;</c>: runs the sensitive-data detector on a labelled file
/// (<c>dialogs/Content/Privacy/secrets.jsonl</c>) and prints recall on the secrets, precision, the share of
/// look-alikes left alone, each miss and each false alarm, under the bot's redaction policy (its public support
/// numbers are not secrets). Exit code 1 below the bar of issue 15.
/// </summary>
internal static class PrivacyCommandLine
{
    private const int UsageError = 2;
    private const int BelowBar = 1;

    /// <summary>Runs the command named by <paramref name="args"/>; null when the args are not this command.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        switch (args)
        {
            case ["privacy-eval", var path]:
                return await RunAsync(path, stdout, stderr);
            case ["privacy-eval", ..]:
                await stderr.WriteLineAsync("usage: privacy-eval <file.jsonl>");
                return UsageError;
            default:
                return null;
        }
    }

    private static async Task<int> RunAsync(string path, TextWriter stdout, TextWriter stderr)
    {
        IReadOnlyList<LabelledSecretLine> lines;
        try
        {
            using var reader = new StreamReader(CommandPaths.FromCallerDirectory(path));
            lines = LabelledSecretFile.Read(reader);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            await stderr.WriteLineAsync($"privacy-eval: cannot read {path}: {exception.Message}");
            return UsageError;
        }

        var detector = SensitiveDataDetector.CreateDefault();
        var evaluation = DetectorEvaluation.Evaluate(detector, lines, ProductPolicy());
        await WriteAsync(evaluation, path, stdout);
        return evaluation.MeetsTheBar ? 0 : BelowBar;
    }

    /// <summary>
    /// The redaction policy the bot runs with (<see cref="Dialogs.SupportDialogsServiceCollectionExtensions.AddSensitiveDataRedaction"/>): its own support numbers from the
    /// <see cref="ContactOptions"/> defaults in appsettings.json are public, not secrets.
    /// </summary>
    private static RedactionOptions ProductPolicy()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .Build();
        var contacts = configuration.GetSection(ContactOptions.SectionName).Get<ContactOptions>() ?? new ContactOptions();
        return new RedactionOptions
        {
            PublicPhoneNumbers = [.. new[] { contacts.FreeDial, contacts.MobilePaid }.Where(n => !string.IsNullOrWhiteSpace(n))],
        };
    }

    private static async Task WriteAsync(DetectorEvaluation evaluation, string path, TextWriter stdout)
    {
        await stdout.WriteLineAsync($"{evaluation.Secrets} secrets and {evaluation.LookAlikes} look-alikes from {path}");
        await stdout.WriteLineAsync($"recall on secrets:       {Fixed(evaluation.Recall)} ({evaluation.SecretsFound}/{evaluation.Secrets}; bar {Fixed(DetectorEvaluation.RecallBar)})");
        await stdout.WriteLineAsync($"  found as the labelled kind: {evaluation.SecretsFoundAsLabelled}/{evaluation.Secrets} (password, card and code are handled alike)");
        await stdout.WriteLineAsync($"precision:               {Fixed(evaluation.Precision)} (bar {Fixed(DetectorEvaluation.PrecisionBar)})");
        await stdout.WriteLineAsync($"look-alikes left alone:  {Fixed(evaluation.LookAlikesLeftAlone)} ({evaluation.LookAlikes - evaluation.LookAlikesFlagged}/{evaluation.LookAlikes}; bar {Fixed(DetectorEvaluation.PrecisionBar)})");
        await WriteMistakesAsync("missed secrets (expected kind: text -> found)", evaluation.Misses, stdout);
        await WriteMistakesAsync("false alarms on look-alikes (text -> found)", evaluation.FalseAlarms, stdout);
    }

    private static async Task WriteMistakesAsync(string title, IReadOnlyList<DetectorMistake> mistakes, TextWriter stdout)
    {
        if (mistakes.Count == 0)
        {
            return;
        }

        await stdout.WriteLineAsync();
        await stdout.WriteLineAsync(title);
        foreach (var (line, findings) in mistakes)
        {
            var found = findings.Count == 0
                ? "nothing"
                : string.Join(", ", findings.Select(f => $"{f.Kind} '{line.Text.Substring(f.Start, f.Length)}'"));
            var expected = line.Secret ? $"{line.Kind?.ToString() ?? "secret"}: " : string.Empty;
            await stdout.WriteLineAsync($"  {expected}{line.Text.ReplaceLineEndings(" ")} -> {found}");
        }
    }

    private static string Fixed(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
