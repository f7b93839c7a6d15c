namespace SupportBot.Bot.Tests.Console.Pages;

/// <summary>
/// The real clock moved by <see cref="Offset"/>: a conversation played while it is set starts on an earlier day, as
/// last week's traffic did. Timers and delays keep real time, so the bot runs as usual.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;

    public override long GetTimestamp() => System.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);
}
