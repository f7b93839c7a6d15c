namespace SupportBot.Bot.Conversations;

/// <summary>Prints the pass rate of a conversation file and, for each failing turn, what was expected and what the bot said.</summary>
internal static class ConversationReport
{
    private const int ReplyPreviewLength = 70;

    public static async Task WriteAsync(IReadOnlyList<ConversationResult> results, string path, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var result in results.Where(result => !result.Passed))
        {
            await output.WriteLineAsync($"FAIL {result.Conversation.Name}");
            foreach (var turn in result.Turns.Where(turn => !turn.Passed))
            {
                await output.WriteLineAsync($"  turn {turn.Number}: \"{turn.User}\" — not shown as expected: {string.Join(", ", turn.Unmet)}");
                foreach (var reply in turn.Replies)
                {
                    await output.WriteLineAsync($"      bot: {Preview(reply)}");
                }
            }
        }

        var passed = results.Count(result => result.Passed);
        var turns = results.SelectMany(result => result.Turns).ToList();
        await output.WriteLineAsync();
        await output.WriteLineAsync($"{path}: {passed} of {results.Count} conversations pass ({Rate(passed, results.Count):P1}); "
            + $"{turns.Count(turn => turn.Passed)} of {turns.Count} turns ({Rate(turns.Count(turn => turn.Passed), turns.Count):P1})");
        foreach (var language in results.GroupBy(result => result.Conversation.Language))
        {
            await output.WriteLineAsync($"  {language.Key}: {language.Count(result => result.Passed)} of {language.Count()} conversations pass");
        }
    }

    public static double PassRate(IReadOnlyList<ConversationResult> results) =>
        Rate(results.Count(result => result.Passed), results.Count);

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Preview(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= ReplyPreviewLength ? line : line[..ReplyPreviewLength] + "…";
    }
}
