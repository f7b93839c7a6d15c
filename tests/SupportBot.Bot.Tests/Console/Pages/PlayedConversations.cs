using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Console.Pages;

/// <summary>
/// One bot (SQLite, the console behind an operator key) and a known set of conversations played through the
/// real <c>/api/messages</c>, shared by the console's page, CSV and browser tests: what the operator reads must be them.
/// </summary>
public sealed class PlayedConversations : IAsyncLifetime
{
    /// <summary>A conversation id as hostile as an id from outside can be: a formula, a comma, a quote, markup.</summary>
    public static readonly string HostileId = $"=SUM(1+2),\"<i>x{Guid.NewGuid():N}";

    /// <summary>How long before now <see cref="LastWeek"/> was played: in the period before a 7-day dashboard.</summary>
    public static readonly TimeSpan LastWeekAgo = TimeSpan.FromDays(8);

    /// <summary>Last week's channel: markup, which every page must show as text (the dashboard's chart data included).</summary>
    public const string HostileChannel = "<img src=x onerror=alert(1)>";

    /// <summary>The operator key the console asks for.</summary>
    public const string OperatorKey = "played-conversations-operator-key-0123456789";

    private readonly Lazy<Task<System.Net.CookieContainer>> _session;

    public PlayedConversations() => _session = new(SignInAsync);

    public ShiftedClock Clock { get; } = new();

    public ChannelSink Sink { get; private set; } = null!;

    public BotHost Bot { get; private set; } = null!;

    /// <summary>Forgot password: e-mail known, steps worked, rated 5 (resolved).</summary>
    public EmulatorClient Resolved { get; private set; } = null!;

    /// <summary>Account takeover: escalated at once (reason takeover).</summary>
    public EmulatorClient Takeover { get; private set; } = null!;

    /// <summary>Cache and cookies, then asks for a person (escalated, asked for a person).</summary>
    public EmulatorClient AskedForPerson { get; private set; } = null!;

    /// <summary>A parcel that has not arrived: not this bot's business (out of scope).</summary>
    public EmulatorClient OutOfScope { get; private set; } = null!;

    /// <summary>Forgot password, then an answer the bot does not understand, with a phone number (in progress); its id is <see cref="HostileId"/>.</summary>
    public EmulatorClient InProgress { get; private set; } = null!;

    /// <summary>A parcel question <see cref="LastWeekAgo"/> (out of scope) on <see cref="HostileChannel"/>: the one conversation of the period before.</summary>
    public EmulatorClient LastWeek { get; private set; } = null!;

    /// <summary>Every conversation played, last week's included.</summary>
    public IReadOnlyList<EmulatorClient> All => [Resolved, Takeover, AskedForPerson, OutOfScope, InProgress, LastWeek];

    public async Task InitializeAsync()
    {
        Sink = await ChannelSink.StartAsync();
        Bot = new BotHost(
            new Dictionary<string, string?> { ["Console:OperatorKey"] = OperatorKey },
            services => services.AddSingleton<TimeProvider>(Clock)).Start();
        var http = Bot.CreateLoopbackClient();
        Resolved = new EmulatorClient(http, Sink.ServiceUrl);
        Takeover = new EmulatorClient(http, Sink.ServiceUrl);
        AskedForPerson = new EmulatorClient(http, Sink.ServiceUrl);
        OutOfScope = new EmulatorClient(http, Sink.ServiceUrl);
        InProgress = new EmulatorClient(http, Sink.ServiceUrl, HostileId);
        LastWeek = new EmulatorClient(http, Sink.ServiceUrl) { ChannelId = HostileChannel };

        Clock.Offset = -LastWeekAgo;
        await SayAsync(LastWeek, "注文した荷物がまだ届きません");
        Clock.Offset = TimeSpan.Zero;

        await SayAsync(Resolved, "パスワードを忘れてログインできません", "はい", "うまくいきました", "5");
        await SayAsync(Takeover, "知らない注文があって、パスワードも勝手に変えられていました", "はい、届きました");
        await SayAsync(AskedForPerson, "キャッシュを消したいです", "やっぱりオペレーターと話したい");
        await SayAsync(OutOfScope, "注文した荷物がまだ届きません");
        await SayAsync(InProgress, "パスワードを忘れました", "ぬるぽ 090-3456-7812");
        await Bot.Services.GetRequiredService<ConversationFactsWriter>().FlushAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Sink.DisposeAsync();
    }

    /// <summary>
    /// A client signed in to the console with the operator key, as a browser would be. The session is made once and
    /// shared: sign-in is rate-limited per client address, as it should be.
    /// </summary>
    public async Task<HttpClient> ConsoleAsync() =>
        new(new HttpClientHandler { CookieContainer = await _session.Value }) { BaseAddress = Bot.BaseAddress };

    private async Task<System.Net.CookieContainer> SignInAsync()
    {
        var cookies = new System.Net.CookieContainer();
        using var signingIn = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = Bot.BaseAddress };
        var form = await signingIn.GetStringAsync(new Uri("admin/signin", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var signIn = await signingIn.PostAsync(
            new Uri("admin/signin", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Key"] = OperatorKey, ["__RequestVerificationToken"] = token }));
        signIn.EnsureSuccessStatusCode();
        return cookies;
    }

    /// <summary>Each message is answered when its post returns (replies are posted during the turn); the first waits for the models.</summary>
    private async Task SayAsync(EmulatorClient user, params string[] messages)
    {
        foreach (var text in messages)
        {
            await user.SendAsync(user.Message(text));
            await Sink.WaitForAsync(1, TimeSpan.FromSeconds(90));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlayedConversationsGroup : ICollectionFixture<PlayedConversations>
{
    public const string Name = "Console pages over played conversations";
}
