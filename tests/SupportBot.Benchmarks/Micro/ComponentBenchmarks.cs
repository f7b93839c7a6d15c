using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Flows.Handoff;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Transcripts;

namespace SupportBot.Benchmarks.Micro;

/// <summary>The pieces of a turn, in process: classifier, a whole dialog turn with storage, the handoff card, redaction.</summary>
[MemoryDiagnoser]
public class ComponentBenchmarks
{
    private const string Utterance = "パスワードを忘れてしまってログインできません";
    private const string Sensitive = "メールは taro.yamada@example.co.jp 、カードは 4111 1111 1111 1111 、電話 090-1234-5678 です";

    private IHost _host = null!;
    private ITextClassifier _classifier = null!;
    private ISensitiveDataRedactor _redactor = null!;
    private HandoffCardFactory _cards = null!;
    private TestAdapter _adapter = null!;
    private IBot _bot = null!;
    private ITurnContext _cardContext = null!;
    private int _conversation;

    [Params("Memory", "Sqlite")]
    public string Storage { get; set; } = "Memory";

    [GlobalSetup]
    public void Setup()
    {
        _host = MicroHost.Start(Storage);
        var services = _host.Services;
        _classifier = services.GetRequiredKeyedService<ITextClassifier>(TextModels.Symptom);
        _classifier.Classify(Utterance);
        _redactor = services.GetRequiredService<ISensitiveDataRedactor>();
        _cards = services.GetRequiredService<HandoffCardFactory>();
        _bot = services.GetRequiredService<IBot>();
        _adapter = new TestAdapter("emulator") { Locale = "ja-JP" };
        _adapter.Use(services.GetRequiredService<LanguageMiddleware>());
        _adapter.Use(services.GetRequiredService<RedactedTranscriptMiddleware>());
        _cardContext = new TurnContext(_adapter, new Activity(ActivityTypes.Message, channelId: "emulator", locale: "ja-JP", text: "ダメでした"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
    }

    [Benchmark(Description = "classifier, one utterance")]
    public Prediction Classify() => _classifier.Classify(Utterance);

    /// <summary>The first message of a new conversation: classifier, main dialog, password flow, state read and saved.</summary>
    [Benchmark(Description = "dialog turn with storage")]
    public Task DialogTurn()
    {
        var conversation = new ConversationReference
        {
            ChannelId = "emulator",
            ServiceUrl = "http://127.0.0.1/",
            Conversation = new ConversationAccount(id: $"bench-{Interlocked.Increment(ref _conversation)}"),
            User = new ChannelAccount("user", "User"),
            Bot = new ChannelAccount("bot", "Bot"),
            Locale = "ja-JP",
        };
        // TestAdapter stamps its own conversation on every activity it processes: without this, every
        // call continued one conversation whose transcript had long reached its 60-line cap.
        _adapter.Conversation = conversation;
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = "パスワードを忘れてしまいました";
        activity.Locale = "ja-JP";
        activity.ApplyConversationReference(conversation, isIncoming: true);
        activity.Id = Guid.NewGuid().ToString("N");
        return _adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync, CancellationToken.None);
    }

    [Benchmark(Description = "handoff card rendering")]
    public IMessageActivity HandoffCard() =>
        _cards.Create(_cardContext, new HandoffTicket("AB12-CD34", "forgot_password", "password reset steps; no code received"));

    [Benchmark(Description = "redaction of a message with an email, card and phone")]
    public string Redact() => _redactor.Redact(Sensitive);
}
