using Microsoft.Bot.Builder;

namespace SupportBot.Dialogs.Localization;

public static class LanguageTurnState
{
    public const string Key = "SupportBot.Language";

    /// <summary>The language of this turn, as <see cref="LanguageMiddleware"/> decided it.</summary>
    public static string GetLanguage(this ITurnContext turnContext) =>
        turnContext.TurnState.Get<string>(Key)
        ?? LanguageDetector.Detect(turnContext.Activity?.Text, turnContext.Activity?.Locale, null);
}
