namespace SupportBot.Bot.WebChatPage;

/// <summary>
/// The <c>WebChat</c> section: where the chat page gets its Direct Line token. With no
/// <see cref="DirectLineSecret"/> the page talks to the embedded Direct Line in this app; with an
/// Azure Bot Service Direct Line secret it talks to the Azure service, the token exchanged here.
/// </summary>
internal sealed class WebChatOptions
{
    public const string SectionName = "WebChat";

    /// <summary>The Azure Bot Service Direct Line secret; empty (the default) for the embedded channel.</summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>The Azure Direct Line endpoint. Default <c>https://directline.botframework.com/v3/directline</c>.</summary>
    public Uri DirectLineEndpoint { get; set; } = new("https://directline.botframework.com/v3/directline");

    public bool UsesAzureDirectLine => !string.IsNullOrWhiteSpace(DirectLineSecret);
}
