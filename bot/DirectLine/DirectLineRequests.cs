using System.Globalization;

namespace SupportBot.Bot.DirectLine;

/// <summary>Small readings of a Direct Line request: its watermark, and the standard refusals.</summary>
internal static class DirectLineRequests
{
    /// <summary>An absent or empty watermark means "from the start"; anything but a count is refused.</summary>
    public static bool TryParseWatermark(string? raw, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(raw)
            || (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }

    public static DirectLineErrorResult BadWatermark() =>
        DirectLineErrorResult.BadArgument("The watermark must be empty or a watermark this service returned.");

    public static DirectLineErrorResult UnknownConversation() =>
        DirectLineErrorResult.NotFound("There is no conversation with that id.");
}
