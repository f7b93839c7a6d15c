using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace SupportBot.Bot.DirectLine;

/// <summary>Direct Line 3.0 <c>Conversation</c>: the answer to starting, resuming or getting a token.</summary>
internal sealed record DirectLineConversationResponse(
    [property: JsonProperty("conversationId")] string ConversationId,
    [property: JsonProperty("token")] string? Token,
    [property: JsonProperty("expires_in")] int ExpiresIn,
    [property: JsonProperty("streamUrl", NullValueHandling = NullValueHandling.Ignore)] string? StreamUrl);

/// <summary>Direct Line 3.0 <c>ActivitySet</c>; the watermark is a string on the wire.</summary>
internal sealed record DirectLineActivitySet(
    [property: JsonProperty("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonProperty("watermark")] string Watermark);

/// <summary>The body of <c>tokens/generate</c> and <c>conversations</c>: optionally, who the user is.</summary>
internal sealed class DirectLineStartRequest
{
    [JsonProperty("user")]
    public ChannelAccount? User { get; set; }

    /// <summary>Not in the Azure service's schema; lets a client say the language to greet in.</summary>
    [JsonProperty("locale")]
    public string? Locale { get; set; }
}

/// <summary>Direct Line's error body: <c>{"error": {"code": …, "message": …}}</c>.</summary>
internal sealed record DirectLineErrorBody([property: JsonProperty("error")] DirectLineError Error);

internal sealed record DirectLineError(
    [property: JsonProperty("code")] string Code,
    [property: JsonProperty("message")] string Message);
