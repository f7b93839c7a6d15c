using System.Globalization;

namespace SupportBot.Bot.Console;

/// <summary>Times as the console shows them: in the operators' reporting offset (the dashboard's calendar days), to the second.</summary>
public static class ConsoleTime
{
    public static string Format(DateTimeOffset at, TimeSpan offset) => at.ToOffset(offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
