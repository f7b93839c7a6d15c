using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using SupportBot.Dialogs.State;
using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Localization;

public sealed class LanguageMiddlewareTests
{
    private static readonly BotTexts Texts = BotTexts.LoadEmbedded();

    [Theory]
    [InlineData("cache.device.iphone")]
    [InlineData("cache.device.android")]
    public async Task JapaneseUserWhoClicksAButtonThatReadsTheSameInEnglishStaysInJapanese(string button)
    {
        var languages = await LanguagesOfTurnsAsync("ja-JP", "ログイン画面がおかしい", Texts.Raw(Language.Japanese, button));

        Assert.Equal([Language.Japanese, Language.Japanese], languages);
    }

    [Fact]
    public async Task JapaneseUserWhoWritesEnglishIsAnsweredInEnglish()
    {
        var languages = await LanguagesOfTurnsAsync("ja-JP", "ログイン画面がおかしい", "my iPhone shows a blank page");

        Assert.Equal([Language.Japanese, Language.English], languages);
    }

    [Fact]
    public async Task ConversationThatOpensWithASharedButtonTextFollowsTheLocale()
    {
        var languages = await LanguagesOfTurnsAsync("en-US", "Android");

        Assert.Equal([Language.English], languages);
    }

    private static async Task<List<string>> LanguagesOfTurnsAsync(string locale, params string[] texts)
    {
        var conversationState = new TrackedConversationState(new MemoryStorage());
        var adapter = new TestAdapter(TestAdapter.CreateConversation(nameof(LanguageMiddlewareTests)))
            .Use(new AutoSaveStateMiddleware(conversationState))
            .Use(new LanguageMiddleware(new ConversationStateCatalogue(conversationState), Texts));
        adapter.Locale = locale;
        var languages = new List<string>();
        foreach (var text in texts)
        {
            await adapter.ProcessActivityAsync(
                (Microsoft.Bot.Schema.Activity)adapter.MakeActivity(text),
                (turnContext, _) =>
                {
                    languages.Add(turnContext.GetLanguage());
                    return Task.CompletedTask;
                },
                default);
        }

        return languages;
    }
}
