using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Engine.Choices;

namespace SupportBot.Dialogs.Tests.Engine.Choices;

public class ChoiceFactoryTests
{
    private const string Question = "どれですか？";

    private static readonly List<Choice> Three = ChoiceFactory.ToChoices(["メール", "電話", "SMS"]);
    private static readonly List<Choice> Four = ChoiceFactory.ToChoices(["メール", "電話", "SMS", "その他"]);
    private static readonly List<Choice> LongTitles = ChoiceFactory.ToChoices(["登録したメールアドレスにもうアクセスできない", "電話"]);

    public static TheoryData<string, List<Choice>, ListStyle> Channels => new()
    {
        { "webchat", Four, ListStyle.SuggestedAction },
        { "directline", Four, ListStyle.SuggestedAction },
        { "emulator", Four, ListStyle.SuggestedAction },
        { "test", Four, ListStyle.SuggestedAction },
        { "msteams", Three, ListStyle.SuggestedAction },
        { "msteams", Four, ListStyle.List },
        { "slack", Four, ListStyle.HeroCard },
        { "email", Three, ListStyle.Inline },
        { "email", Four, ListStyle.List },
        { "webchat", LongTitles, ListStyle.List },
        { "slack", LongTitles, ListStyle.List },
    };

    [Theory]
    [MemberData(nameof(Channels))]
    public void ForChannel_RendersAsTheChannelShowsBest(string channelId, List<Choice> choices, ListStyle expected)
        => Assert.Equal(expected, StyleOf(ChoiceFactory.ForChannel(channelId, choices, Question)));

    [Fact]
    public void SuggestedAction_KeepsTheTextAndOffersImBackButtons()
    {
        var activity = ChoiceFactory.SuggestedAction(Three, Question);

        Assert.Equal(Question, activity.Text);
        Assert.All(activity.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal(["メール", "電話", "SMS"], activity.SuggestedActions.Actions.Select(a => (string)a.Value));
    }

    [Fact]
    public void HeroCard_CarriesTheTextAndOneButtonPerChoice()
    {
        var card = (HeroCard)ChoiceFactory.HeroCard(Three, Question).Attachments.Single().Content;

        Assert.Equal(Question, card.Text);
        Assert.Equal(["メール", "電話", "SMS"], card.Buttons.Select(b => b.Title));
    }

    [Fact]
    public void List_NumbersEachChoiceOnItsOwnLine()
        => Assert.Equal($"{Question}\n\n1. メール\n2. 電話\n3. SMS", ChoiceFactory.List(Three, Question).Text);

    [Fact]
    public void Inline_UsesTheCallersSeparatorWords()
    {
        var options = new ChoiceFactoryOptions { InlineSeparator = "、", InlineOrMore = "、または" };

        Assert.Equal($"{Question} (1) メール、(2) 電話、または(3) SMS", ChoiceFactory.Inline(Three, Question, options).Text);
    }

    private static ListStyle StyleOf(IMessageActivity activity)
        => activity.SuggestedActions?.Actions?.Count > 0 ? ListStyle.SuggestedAction
            : activity.Attachments?.Count > 0 ? ListStyle.HeroCard
            : activity.Text.Contains('\n') ? ListStyle.List
            : ListStyle.Inline;
}
