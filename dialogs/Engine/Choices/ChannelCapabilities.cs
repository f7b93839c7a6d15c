using Microsoft.Bot.Connector;

namespace SupportBot.Dialogs.Engine.Choices;

/// <summary>What each channel can show, for <see cref="ChoiceFactory.ForChannel"/>.</summary>
internal static class ChannelCapabilities
{
    /// <summary>Button titles longer than this do not fit on a button (the Bot Framework's default).</summary>
    public const int MaxActionTitleLength = 20;

    private static readonly Dictionary<string, int> MaxSuggestedActions = new(StringComparer.OrdinalIgnoreCase)
    {
        [Channels.Webchat] = 100,
        [Channels.Directline] = 100,
        [Channels.DirectlineSpeech] = 100,
        [Channels.Emulator] = 100,
        [Channels.Test] = 100,
        [Channels.Telegram] = 100,
        [Channels.Line] = 13,
        [Channels.Facebook] = 10,
        [Channels.Skype] = 10,
        // Teams shows suggested actions in personal chat only, and only a few.
        [Channels.Msteams] = 3,
    };

    private static readonly Dictionary<string, int> MaxCardActions = new(StringComparer.OrdinalIgnoreCase)
    {
        [Channels.Webchat] = 100,
        [Channels.Directline] = 100,
        [Channels.Emulator] = 100,
        [Channels.Test] = 100,
        [Channels.Slack] = 100,
        [Channels.Telegram] = 100,
        [Channels.Line] = 99,
        [Channels.Msteams] = 3,
        [Channels.Skype] = 3,
        [Channels.Facebook] = 3,
    };

    public static bool SupportsSuggestedActions(string? channelId, int buttonCount)
        => Fits(MaxSuggestedActions, channelId, buttonCount);

    public static bool SupportsCardActions(string? channelId, int buttonCount)
        => Fits(MaxCardActions, channelId, buttonCount);

    private static bool Fits(Dictionary<string, int> table, string? channelId, int buttonCount)
        => channelId is not null && table.TryGetValue(channelId, out var max) && buttonCount <= max;
}
