using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.DirectLine;

/// <summary>The <c>DirectLine</c> section: the embedded Direct Line 3.0 channel.</summary>
internal sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The channel secret: signs conversation tokens and, used as a bearer, grants access to every
    /// conversation (as Botium's directline3 connector uses it). When empty, one is generated on
    /// first run and kept in <see cref="SecretFile"/>. Never sent to the browser.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Where a generated secret is kept, relative to the content root. Default <c>data/directline-secret</c>.</summary>
    [Required]
    public string SecretFile { get; set; } = "data/directline-secret";

    /// <summary>How long a conversation token is valid. Default one hour, as the Azure service.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often an idle stream gets an empty keep-alive message. Default 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StreamKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How often an idle stream looks in the store for activities another instance appended (its own
    /// appends wake it at once). Default one second.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan StreamPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The bot's account in Direct Line conversations. Default <c>supportbot</c>.</summary>
    [Required]
    public string BotId { get; set; } = "supportbot";

    /// <summary>The bot's display name in Direct Line conversations. Default <c>SupportBot</c>.</summary>
    [Required]
    public string BotName { get; set; } = "SupportBot";

    /// <summary>The largest activity a client may post, in bytes. Default 256 KiB.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// The address clients reach this app at (e.g. <c>https://support.example.com/</c>); the
    /// <c>streamUrl</c>, which carries the token, is built from it. When empty, from the request's
    /// host only if it was validated: a loopback host, or one that <c>AllowedHosts</c> (host
    /// filtering) names; any other host is refused with 400. Default empty.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Most bytes of activities (the client's and the bot's) one conversation may keep. Default 1 MiB.</summary>
    [Range(16 * 1024, 1L << 34)]
    public long MaxBytesPerConversation { get; set; } = 1024 * 1024;

    /// <summary>
    /// Most bytes a token's user may post over all their conversations (tokens and their refreshes
    /// carry the user). Default 4 MiB.
    /// </summary>
    [Range(16 * 1024, 1L << 36)]
    public long MaxBytesPerTokenUser { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most conversations one client address may start within <see cref="OpenConversationWindow"/> on a token. Default 10.</summary>
    [Range(1, 100_000)]
    public int MaxOpenConversationsPerClient { get; set; } = 10;

    /// <summary>How long a started conversation counts against its client address. Default one hour.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan OpenConversationWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The <c>event</c> names a client may post besides <c>message</c> activities (and
    /// <c>endOfConversation</c>, which ends the conversation). Default none: the chat page
    /// (<c>wwwroot/js/chat.js</c>) sends only messages.
    /// </summary>
    public List<string> AllowedClientEventNames { get; set; } = [];
}
