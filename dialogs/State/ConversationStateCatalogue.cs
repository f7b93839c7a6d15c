using Microsoft.Bot.Builder;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Flows.Cases;
using SupportBot.Dialogs.Transcripts;

namespace SupportBot.Dialogs.State;

/// <summary>
/// Everything the bot keeps about a conversation, in one place: each property of conversation state, named once and
/// reached through this catalogue by every component. The names are those already stored, so stored conversations load.
/// </summary>
public sealed class ConversationStateCatalogue(TrackedConversationState conversationState)
{
    /// <summary>The dialog stack.</summary>
    public IStatePropertyAccessor<DialogState> Dialogs { get; } = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    /// <summary>The language the conversation last used ("ja" or "en").</summary>
    public IStatePropertyAccessor<string> Language { get; } = conversationState.CreateProperty<string>("Language");

    /// <summary>The support case: the symptom, what was shown and said.</summary>
    internal IStatePropertyAccessor<SupportCase> Case { get; } = conversationState.CreateProperty<SupportCase>(nameof(SupportCase));

    /// <summary>The redacted transcript a handoff passes on.</summary>
    internal IStatePropertyAccessor<ConversationTranscript> Transcript { get; } =
        conversationState.CreateProperty<ConversationTranscript>(nameof(ConversationTranscript));

    /// <summary>Who has been greeted.</summary>
    public IStatePropertyAccessor<ConversationProfile> Profile { get; } = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));

    /// <summary>The scope itself, for saving and clearing.</summary>
    public ConversationState Scope { get; } = conversationState;
}
