using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Tests.Analytics;

/// <summary>Conversations played through the real <c>/api/messages</c> leave the facts an operator reads: outcome, reason, steps, rating, transcript, review items.</summary>
public sealed class ConversationFactsTests : BotWithChannelTest
{
    [Fact]
    public async Task AResolvedConversationIsOneRowWithItsSymptomStepsRatingAndRedactedTranscript()
    {
        var user = Emulator();
        await Say(user, "パスワードを忘れてログインできません");
        await Say(user, "はい");
        await Say(user, "うまくいきました");
        await Say(user, "5");
        await Say(user, "ちなみに前のパスワードは hunter2Secret! でした");

        var detail = await DetailAsync(user);
        Assert.Equal("forgot_password", detail.Facts.FirstSymptom);
        Assert.True(detail.Facts.FirstConfidence > 0.5);
        Assert.Equal("forgot_password", detail.Facts.Symptom);
        Assert.Equal(Outcomes.Resolved, detail.Facts.Outcome);
        Assert.Equal(5, detail.Facts.Rating);
        Assert.Equal(5, detail.Facts.Turns);
        Assert.Equal("ja", detail.Facts.Language);
        var flow = Assert.Single(detail.Flows);
        Assert.Equal("forgot_password", flow.Flow);
        Assert.Equal(Outcomes.Resolved, flow.Outcome);
        Assert.Contains(detail.Transcript, line => line.Speaker == "user" && line.Text == "パスワードを忘れてログインできません");
        Assert.Contains(detail.Transcript, line => line.Speaker == "bot");
        Assert.DoesNotContain(detail.Transcript, line => line.Text.Contains("hunter2Secret!", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATakeoverIsEscalatedWithTheTakeoverReason()
    {
        var user = Emulator();
        await Say(user, "知らない注文があって、パスワードも勝手に変えられていました");
        await Say(user, "はい、届きました");

        var detail = await DetailAsync(user);
        Assert.Equal(Outcomes.Escalated, detail.Facts.Outcome);
        Assert.Equal(EscalationReasons.Takeover, detail.Facts.EscalationReason);
    }

    [Fact]
    public async Task AskingForAPersonMidFlowIsEscalatedAsAskedForAPerson()
    {
        var user = Emulator();
        await Say(user, "キャッシュを消したいです");
        await Say(user, "やっぱりオペレーターと話したい");

        var detail = await DetailAsync(user);
        Assert.Equal(Outcomes.Escalated, detail.Facts.Outcome);
        Assert.Equal(EscalationReasons.AskedForPerson, detail.Facts.EscalationReason);
        Assert.Equal("cache_cookie", Assert.Single(detail.Flows).Flow);
    }

    [Fact]
    public async Task AnAnswerNotUnderstoodIsCountedReaskedAndQueuedForReviewAtItsQuestionRedacted()
    {
        var user = Emulator();
        await Say(user, "パスワードを忘れました");
        await Say(user, "ぬるぽ 090-3456-7812");

        var detail = await DetailAsync(user);
        Assert.Equal(1, detail.Facts.NotUnderstood);
        Assert.Equal(1, detail.Facts.Reasks);
        Assert.Equal(Outcomes.InProgress, detail.Facts.Outcome);
        var items = await Queries().ReviewItemsAsync(ReviewItem.Open, 1_000, CancellationToken.None);
        var item = Assert.Single(items, i => i.ConversationId == user.ConversationId);
        Assert.Equal("password.ask_email_known", item.Place);
        Assert.Equal(ReviewCandidate.NotUnderstoodKind, item.Kind);
        Assert.DoesNotContain("3456", item.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomethingThisBotIsNotForEndsOutOfScope()
    {
        var user = Emulator();
        await Say(user, "注文した荷物がまだ届きません");

        var detail = await DetailAsync(user);
        Assert.Equal(Outcomes.OutOfScope, detail.Facts.Outcome);
        Assert.Equal("out_of_scope", detail.Facts.FirstSymptom);
    }

    private EmulatorClient Emulator() => new(Bot.CreateLoopbackClient(), Sink.ServiceUrl);

    /// <summary>Sends <paramref name="text"/>; the bot has answered when the post returns (its replies are posted during the turn).</summary>
    private async Task Say(EmulatorClient user, string text)
    {
        await user.SendAsync(user.Message(text));

        // The first turn of a host waits for the models to be trained.
        await Sink.WaitForAsync(1, TimeSpan.FromSeconds(90));
    }

    private ConversationFactsQueries Queries() => Bot.Services.GetRequiredService<ConversationFactsQueries>();

    private async Task<ConversationDetail> DetailAsync(EmulatorClient user)
    {
        await Bot.Services.GetRequiredService<ConversationFactsWriter>().FlushAsync(CancellationToken.None);
        var detail = await Queries().ConversationAsync("emulator", user.ConversationId, CancellationToken.None);
        Assert.NotNull(detail);
        return detail;
    }
}
