namespace SupportBot.Dialogs.State;

/// <summary>What the bot remembers about a conversation outside its dialogs.</summary>
public sealed class ConversationProfile
{
    /// <summary>Users already greeted, so a repeated conversationUpdate greets nobody twice.</summary>
    public HashSet<string> WelcomedUserIds { get; set; } = [];
}
