using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Flows.Main;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Bot.Bots;

/// <summary>
/// The bot: greets each person who joins once and asks what is wrong; every message goes to the
/// support dialogs. State is saved once at the end of each turn.
/// </summary>
internal sealed class SupportBotHandler(
    ConversationState conversationState,
    UserState userState,
    MainDialog mainDialog,
    SupportTexts texts) : ActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationProfile> _profile =
        conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));

    private readonly IStatePropertyAccessor<DialogState> _dialogState =
        conversationState.CreateProperty<DialogState>(nameof(DialogState));

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
        var newcomers = membersAdded.Where(m => m.Id != botId && profile.WelcomedUserIds.Add(m.Id)).ToList();
        if (newcomers.Count == 0)
        {
            return;
        }

        await turnContext.SendActivityAsync(MessageFactory.Text(texts.Get(turnContext, TextKeys.Welcome)), cancellationToken);
        await RunDialogsAsync(turnContext, cancellationToken);
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        RunDialogsAsync(turnContext, cancellationToken);

    private Task RunDialogsAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        mainDialog.RunAsync(turnContext, _dialogState, ApologiseForLostPlaceAsync, cancellationToken);

    /// <summary>A stored conversation from before a deployment no longer fits the dialogs: say so and start again.</summary>
    private Task ApologiseForLostPlaceAsync(ITurnContext turnContext, string unknownDialogId, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(texts.Get(turnContext, TextKeys.StateReset)), cancellationToken);
}
