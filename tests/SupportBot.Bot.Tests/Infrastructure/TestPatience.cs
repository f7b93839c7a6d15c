namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>
/// How long a test waits for the bot before it calls the wait a failure. A limit against hangs, not a speed target (the
/// benchmarks measure speed): a bot's first turn may load or train a text model, and CI's 2-core machines have run the
/// suite at half this machine's speed, so a 15-second wait failed there on replies that came.
/// </summary>
internal static class TestPatience
{
    public static readonly TimeSpan ForAReply = TimeSpan.FromSeconds(90);

    /// <summary><see cref="ForAReply"/> as Playwright takes a timeout: milliseconds.</summary>
    public static readonly float ForAReplyInMilliseconds = (float)ForAReply.TotalMilliseconds;
}
