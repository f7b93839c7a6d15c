using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Flows.Main;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.State;

namespace SupportBot.Bot.Bots;

/// <summary>
/// The bot: greets each person who joins once and asks what is wrong; every message goes to the
/// support dialogs. State is saved once at the end of each turn.
/// </summary>
internal sealed class SupportBotHandler(
    ConversationStateCatalogue state,
    MainDialog mainDialog,
    SupportTexts texts) : ActivityHandler
{
    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        await state.Scope.SaveChangesAsync(turnContext, force: false, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(
        IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var profile = await state.Profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
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
        mainDialog.RunAsync(turnContext, state.Dialogs, ApologiseForLostPlaceAsync, cancellationToken);

    /// <summary>A stored conversation from before a deployment no longer fits the dialogs: say so and start again.</summary>
    private Task ApologiseForLostPlaceAsync(ITurnContext turnContext, string unknownDialogId, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(MessageFactory.Text(texts.Get(turnContext, TextKeys.StateReset)), cancellationToken);
}
