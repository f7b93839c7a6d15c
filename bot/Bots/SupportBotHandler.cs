using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Bots;

/// <summary>
/// The bot: greets each person who joins once, and hands every message to the support dialogs.
/// </summary>
internal sealed class SupportBotHandler(
    ConversationState conversationState,
    UserState userState,
    BotTexts texts) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationProfile> _profile =
        conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        var botId = turnContext.Activity.Recipient?.Id;
        foreach (var member in membersAdded.Where(m => m.Id != botId && profile.WelcomedUserIds.Add(m.Id)))
        {
            var language = LanguageDetector.Detect(null, (turnContext.Activity as Activity)?.Locale, profile.Language);
            await turnContext.SendActivityAsync(MessageFactory.Text(texts.Format(language, "welcome")), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        profile.Language = LanguageDetector.Detect(turnContext.Activity.Text, turnContext.Activity.Locale, profile.Language);
        await turnContext.SendActivityAsync(MessageFactory.Text(texts.Format(profile.Language, "welcome")), cancellationToken);
    }
}
