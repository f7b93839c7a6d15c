using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Hosting;

public sealed class TurnErrorTests : IAsyncLifetime
{
    private const string FreeDial = "0120-111-222";
    private const string MobilePaid = "03-1234-5678";

    private BotHost _bot = null!;
    private ChannelSink _sink = null!;

    public async Task InitializeAsync()
    {
        _sink = await ChannelSink.StartAsync();
        _bot = new BotHost(
            new Dictionary<string, string?>
            {
                ["Support:Contacts:FreeDial"] = FreeDial,
                ["Support:Contacts:MobilePaid"] = MobilePaid,
            },
            services => services.AddSingleton<IMiddleware, ThrowOnKeywordMiddleware>()).Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _sink.DisposeAsync();
    }

    [Fact]
    public async Task FailedTurnApologisesWithConfiguredPhoneNumbersAndTheNextMessageWorks()
    {
        using var http = _bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, _sink.ServiceUrl);

        await emulator.SendAsync(emulator.Message(ThrowOnKeywordMiddleware.Keyword));
        var afterFailure = await _sink.WaitForAsync(2);
        var apology = Assert.Single(afterFailure, a => a.Type == "message");
        Assert.Contains(FreeDial, apology.Text, StringComparison.Ordinal);
        Assert.Contains(MobilePaid, apology.Text, StringComparison.Ordinal);
        var trace = Assert.Single(afterFailure, a => a.Type == "trace");
        Assert.Equal("TurnError", trace.Label);

        using var health = await http.GetAsync(new Uri("healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var next = await emulator.SendAsync(emulator.Message("パスワードを忘れました"));
        var reply = Assert.Single(await _sink.WaitForAsync(1));
        Assert.Equal(next.Id, reply.ReplyToId);
        Assert.DoesNotContain(FreeDial, reply.Text ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApologyIsInEnglishForAnEnglishSpeaker()
    {
        using var http = _bot.CreateLoopbackClient();
        var emulator = new EmulatorClient(http, _sink.ServiceUrl) { Locale = "en-US" };

        await emulator.SendAsync(emulator.Message(ThrowOnKeywordMiddleware.Keyword));
        var apology = Assert.Single(await _sink.WaitForAsync(2), a => a.Type == "message");
        Assert.StartsWith("Sorry", apology.Text, StringComparison.Ordinal);
    }

    /// <summary>A fault injected at the middleware seam: the turn throws when the user types the keyword.</summary>
    private sealed class ThrowOnKeywordMiddleware : IMiddleware
    {
        public const string Keyword = "trigger a failure please";

        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
            turnContext.Activity.Text == Keyword
                ? throw new InvalidOperationException("Injected failure")
                : next(cancellationToken);
    }
}
