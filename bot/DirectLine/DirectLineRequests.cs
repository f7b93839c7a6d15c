using System.Globalization;

namespace SupportBot.Bot.DirectLine;

/// <summary>Small readings of a Direct Line request: its base URLs and its watermark.</summary>
internal static class DirectLineRequests
{
    /// <summary>This app's own address, as the activities' serviceUrl.</summary>
    public static Uri ServiceUrl(this HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    public static string StreamUrl(this HttpRequest request, string conversationId, string token, string? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = QueryString.Create(new Dictionary<string, string?> { ["watermark"] = watermark ?? string.Empty, ["t"] = token });
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream{query}";
    }

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
