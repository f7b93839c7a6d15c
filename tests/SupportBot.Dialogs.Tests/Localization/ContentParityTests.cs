using SupportBot.Dialogs.Localization;

namespace SupportBot.Dialogs.Tests.Localization;

public sealed class ContentParityTests
{
    private static readonly BotTexts Texts = BotTexts.LoadEmbedded();

    [Fact]
    public void EveryContentKeyExistsInBothLanguagesWithTheSamePlaceholders()
    {
        var japanese = Texts.Keys(Language.Japanese).ToHashSet();
        var english = Texts.Keys(Language.English).ToHashSet();
        Assert.Equal(japanese.Order(), english.Order());

        foreach (var key in japanese)
        {
            var ja = BotTexts.PlaceholdersOf(Texts.Raw(Language.Japanese, key));
            var en = BotTexts.PlaceholdersOf(Texts.Raw(Language.English, key));
            Assert.True(ja.SetEquals(en), $"'{key}' has placeholders {{{string.Join(",", ja)}}} in ja but {{{string.Join(",", en)}}} in en");
        }
    }

    [Fact]
    public void NoContentTextIsBlank()
    {
        foreach (var language in Language.All)
        {
            Assert.All(Texts.Keys(language), key => Assert.False(string.IsNullOrWhiteSpace(Texts.Raw(language, key)), key));
        }
    }

    [Fact]
    public void PhoneNumbersComeFromConfigurationNotFromContent()
    {
        foreach (var language in Language.All)
        {
            Assert.All(Texts.Keys(language), key =>
            {
                var text = Texts.Raw(language, key);
                Assert.DoesNotContain("0120-999-373", text, StringComparison.Ordinal);
                Assert.DoesNotContain("011-330-3000", text, StringComparison.Ordinal);
            });
        }
    }
}
