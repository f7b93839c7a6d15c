using Microsoft.Bot.Builder;
using SupportBot.Dialogs.State;

namespace SupportBot.Dialogs.Localization;

/// <summary>
/// Works out the language of each turn (from the text, the activity's locale, and what the
/// conversation used before) and remembers it, so every reply in the turn uses the same one.
/// </summary>
public sealed class LanguageMiddleware(ConversationStateCatalogue state, BotTexts texts) : IMiddleware
{
    private readonly IStatePropertyAccessor<string> _language = state.Language;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var previous = await _language.GetAsync(turnContext, () => null!, cancellationToken);
        var activity = turnContext.Activity;
        // A Japanese user who clicks the bot's "iPhone" button has not started writing English.
        var text = texts.IsSameInEveryLanguage(activity.Text) ? null : activity.Text;
        var language = LanguageDetector.Detect(text, activity.Locale, previous);
        turnContext.TurnState.Set(LanguageTurnState.Key, language);
        if (language != previous)
        {
            await _language.SetAsync(turnContext, language, cancellationToken);
        }

        await next(cancellationToken);
    }
}
