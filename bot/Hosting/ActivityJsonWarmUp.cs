using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Channel;

namespace SupportBot.Bot.Hosting;

/// <summary>
/// The first activity a process reads with Newtonsoft.Json or writes with System.Text.Json pays for
/// reflecting over the Bot Framework schema types and compiling the serializer's code, a few hundred
/// milliseconds of the first turn. Doing it once with a sample activity, on another core while the host is still being
/// built, takes that off the first turn: every serializer the turn uses caches its contracts for the
/// life of the process.
/// </summary>
internal static class ActivityJsonWarmUp
{
    private const string SampleActivity = """
        {"type":"message","id":"warm-up","timestamp":"2026-01-01T00:00:00Z","channelId":"emulator","serviceUrl":"http://127.0.0.1/",
         "locale":"ja-JP","from":{"id":"user","name":"user","role":"user"},"recipient":{"id":"bot","role":"bot"},
         "conversation":{"id":"warm-up"},"membersAdded":[{"id":"user"}],"text":"warm-up","channelData":{"warmUp":true}}
        """;

    /// <summary>Starts the warm-up on the thread pool; failures are ignored (the first turn then pays as before).</summary>
    public static Task StartInBackground() => Task.Run(WarmUp);

    internal static void WarmUp()
    {
        try
        {
            // As the request body is read (SupportBot.Bot.Security.JsonBodyReader: straight into an
            // Activity with default contracts, the one Activity the turn uses) ...
            Activity activity;
            using (var body = new JsonTextReader(new StringReader(SampleActivity)))
            {
                activity = JsonSerializer.CreateDefault().Deserialize<Activity>(body)!;
            }

            // ... and a reply is sent to the channel.
            _ = ChannelJson.SerializeToUtf8(activity.CreateReply("warm-up"));
        }
        catch (JsonException)
        {
            // Only the warm-up is lost.
        }
    }
}
