using System.Diagnostics;
using System.Text;

namespace SupportBot.Benchmarks.Load;

/// <summary>From starting the bot's process to its first answered turn (a join, then a classified message).</summary>
internal static class ColdStart
{
    public static async Task<(double JoinMs, double MessageMs)> MeasureAsync(Func<BotProcess> start, ReplySink sink)
    {
        await using var bot = start();
        using var http = new HttpClient();
        var conversation = "cold-" + Guid.NewGuid().ToString("N");
        var join = await FirstAnsweredAsync(http, bot, sink, conversation, "conversationUpdate", null);
        var message = await FirstAnsweredAsync(http, bot, sink, conversation, "message", "パスワードを忘れてしまいました");
        return (join, message);
    }

    private static async Task<double> FirstAnsweredAsync(
        HttpClient http, BotProcess bot, ReplySink sink, string conversation, string type, string? text)
    {
        var deadline = Stopwatch.GetTimestamp() + (Stopwatch.Frequency * 60);
        var before = sink.RepliesIn(conversation);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            try
            {
                var body = $$"""
                    {"type":"{{type}}","id":"{{Guid.NewGuid():N}}","channelId":"emulator","serviceUrl":"{{sink.ServiceUrl}}","locale":"ja-JP",
                     "from":{"id":"user-{{conversation}}","role":"user"},"recipient":{"id":"bot","role":"bot"},"conversation":{"id":"{{conversation}}"},
                     "membersAdded":[{"id":"user-{{conversation}}"}]{{(text is null ? "" : $",\"text\":\"{text}\"")}}}
                    """;
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(new Uri(bot.Url, "api/messages"), content);
                if (response.IsSuccessStatusCode && sink.RepliesIn(conversation) > before)
                {
                    return Stopwatch.GetElapsedTime(bot.StartedAt).TotalMilliseconds;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("no answered turn within a minute");
    }
}
