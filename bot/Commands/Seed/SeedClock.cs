namespace SupportBot.Bot.Commands.Seed;

/// <summary>
/// The seed command's clock: while a synthetic conversation plays, "now" is that conversation's moment in the past
/// (set per conversation, flowing with its turns like any async-local), so its facts carry those times; everything
/// else (timers, the writer's flush interval, retention) runs on the system clock.
/// </summary>
internal sealed class SeedClock : TimeProvider
{
    private readonly AsyncLocal<DateTimeOffset?> _now = new();

    /// <summary>Sets "now" for the calling conversation and the turns it awaits.</summary>
    public void Set(DateTimeOffset now) => _now.Value = now;

    public override DateTimeOffset GetUtcNow() => _now.Value ?? TimeProvider.System.GetUtcNow();
}
