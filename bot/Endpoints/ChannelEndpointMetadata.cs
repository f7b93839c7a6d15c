namespace SupportBot.Bot.Endpoints;

/// <summary>
/// Marks the Bot Framework channel endpoint, so the middleware that reads and admits channel activities applies to the
/// endpoint that declares it (routing runs first), not to a path written twice.
/// </summary>
internal sealed class ChannelEndpointMetadata
{
    public static ChannelEndpointMetadata Instance { get; } = new();

    private ChannelEndpointMetadata()
    {
    }
}
