namespace SupportBot.Bot.Commands.Seed;

/// <summary>One made-up conversation: who, where, when, and what they type at what moment.</summary>
internal sealed record SyntheticConversation(
    string Scenario, string ChannelId, string Language, string ConversationId, string UserId, DateTimeOffset Start,
    IReadOnlyList<SyntheticMessage> Messages);

/// <summary>A message and when it is sent.</summary>
internal sealed record SyntheticMessage(string Text, DateTimeOffset At);

/// <summary>
/// Draws conversations from <see cref="SeedPhrases"/>: a weighted scenario, language and channel; a start spread over the
/// last days with the daytime (Japan) busier than the night; a phrase for each turn, sometimes with an opener; and a
/// pause before each message, longer where the person goes and tries the steps.
/// </summary>
internal sealed class SyntheticConversations(SeedPhrases phrases, Random random, DateTimeOffset now, int days)
{
    /// <summary>Relative traffic of each hour of the day in Japan (UTC+9): quiet at night, busiest in the evening.</summary>
    private static readonly int[] HourWeights = [2, 1, 1, 1, 1, 1, 2, 4, 6, 8, 9, 9, 10, 9, 8, 8, 8, 9, 10, 11, 12, 10, 7, 4];

    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    private static readonly HashSet<string> TriesSteps = ["worked", "failed"];

    public SyntheticConversation Next(int number)
    {
        var scenario = Pick(phrases.Scenarios, s => s.Weight);
        var language = Pick(phrases.Languages.ToList(), l => l.Value).Key;
        var channel = Pick(phrases.Channels.ToList(), c => c.Value).Key;
        var start = StartTime();
        var groups = phrases.Phrases[language];
        var at = start;
        var messages = new List<SyntheticMessage>(scenario.Turns.Count);
        foreach (var (group, index) in scenario.Turns.Select((group, index) => (group, index)))
        {
            at += index == 0 ? TimeSpan.FromSeconds(random.Next(2, 15)) : Pause(group);
            var text = Phrase(groups[group]);
            if (index == 0)
            {
                text = Phrase(groups["opener"]) + text;
            }

            messages.Add(new SyntheticMessage(text, at));
        }

        return new SyntheticConversation(
            scenario.Name, channel, language, $"seed-{Guid.NewGuid():N}", $"seed-user-{number}", start, messages);
    }

    private DateTimeOffset StartTime()
    {
        var today = now.ToOffset(Japan).Date;
        var day = today.AddDays(-random.Next(days));
        var hour = Pick(Enumerable.Range(0, 24).ToList(), h => HourWeights[h]);
        var start = new DateTimeOffset(day.AddHours(hour).AddSeconds(random.Next(3_600)), Japan);

        // Today's later hours have not happened yet: such a person came in the last two hours instead.
        return start < now.AddMinutes(-5) ? start.ToUniversalTime() : now.AddMinutes(-random.Next(5, 120)).ToUniversalTime();
    }

    private TimeSpan Pause(string group) =>
        TriesSteps.Contains(group) ? TimeSpan.FromSeconds(random.Next(60, 420)) : TimeSpan.FromSeconds(random.Next(5, 60));

    private string Phrase(IReadOnlyList<string> choices) => choices[random.Next(choices.Count)];

    private T Pick<T>(IReadOnlyList<T> items, Func<T, int> weight)
    {
        var roll = random.Next(items.Sum(weight));
        foreach (var item in items)
        {
            roll -= weight(item);
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1];
    }
}
