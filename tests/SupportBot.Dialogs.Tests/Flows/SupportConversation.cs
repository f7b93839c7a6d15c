using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Dialogs.State;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Flows;
using SupportBot.Dialogs.Flows.Main;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Tests.Classification;
using SupportBot.Dialogs.Transcripts;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Tests.Flows;

/// <summary>
/// The whole support conversation on the Bot Framework's <see cref="TestAdapter"/>: the dialogs composed by the
/// bot's own <see cref="SupportDialogsServiceCollectionExtensions.AddSupportDialogs"/> (real content, classifier and
/// redaction), with state in MemoryStorage (JSON between turns), language and transcript middleware as in the
/// bot, and state saved after every turn. Only what is costly to build is shared between conversations.
/// </summary>
internal sealed class SupportConversation
{
    public const string FreeDial = "0120-999-373";
    public const string MobilePaid = "011-330-3000";

    private static readonly BotTexts Texts = BotTexts.LoadEmbedded();
    private static readonly AnswerLexicon Answers = AnswerLexicon.LoadEmbedded();
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();
    private static readonly GenericLoginProblemDetector GenericDetector = GenericLoginProblemDetector.FromEmbeddedContent();
    private static readonly ChoiceRecognizer Buttons = ChoiceRecognizer.LoadEmbedded();
    private static readonly UnderstandingLexicon Lexicon = UnderstandingLexicon.LoadEmbedded();

    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Support:Contacts:FreeDial"] = FreeDial,
            ["Support:Contacts:MobilePaid"] = MobilePaid,
        })
        .Build();

    private readonly MainDialog _main;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly ConversationStateCatalogue _state;
    private readonly ServiceProvider _services;

    public SupportConversation(string channelId = "test", string locale = "ja-JP")
    {
        var conversationState = new TrackedConversationState(Storage);
        _services = Compose(Storage, conversationState);
        _state = _services.GetRequiredService<ConversationStateCatalogue>();
        _dialogState = _state.Dialogs;
        _main = _services.GetRequiredService<MainDialog>();

        Adapter = new TestAdapter(channelId, sendTraceActivity: true) { Locale = locale };
        Adapter.Use(_services.GetRequiredService<LanguageMiddleware>())
            .Use(_services.GetRequiredService<RedactedTranscriptMiddleware>());
    }

    public RecordingStorage Storage { get; } = new();

    public TestAdapter Adapter { get; }

    public static string Text(string key, string language = Language.Japanese) => Texts.Raw(language, key);

    /// <summary>Starts the conversation as a channel does (the user joins) and returns the bot's greeting.</summary>
    public Task<IReadOnlyList<IActivity>> StartAsync()
    {
        var update = Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [update.From];
        return TurnAsync(update);
    }

    /// <summary>The user types <paramref name="text"/>; returns everything the bot sent in that turn.</summary>
    public Task<IReadOnlyList<IActivity>> SayAsync(string text) => TurnAsync(Adapter.MakeActivity(text));

    /// <summary>The user submits an Adaptive Card: a message with a value and no text.</summary>
    public Task<IReadOnlyList<IActivity>> SubmitAsync(object value)
    {
        var submit = Adapter.MakeActivity();
        submit.Value = value;
        return TurnAsync(submit);
    }

    /// <summary>
    /// The graph the bot builds (<see cref="SupportDialogsServiceCollectionExtensions.AddSupportDialogs"/>), over this
    /// conversation's storage, with the models, content and recognisers built once for the whole test run.
    /// </summary>
    public static ServiceProvider Compose(IStorage storage, TrackedConversationState conversationState)
    {
        var services = new ServiceCollection()
            .AddSingleton(storage)
            .AddSingleton(conversationState)
            .AddSingleton<ConversationState>(conversationState)
            .AddSingleton<ISensitiveDataDetector>(Detector)
            .AddSupportDialogs(Configuration);
        services.AddSingleton(Texts)
            .AddSingleton(Answers)
            .AddSingleton(GenericDetector)
            .AddSingleton(Buttons)
            .AddSingleton(Lexicon)
            .AddKeyedSingleton<ITextClassifier>(TextModels.Symptom, TrainedClassifier.Instance)
            .AddKeyedSingleton<ITextClassifier>(TextModels.Answer, TrainedClassifier.Answers);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private async Task<IReadOnlyList<IActivity>> TurnAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, async (turnContext, cancellationToken) =>
        {
            await _main.RunAsync(turnContext, _dialogState, cancellationToken);
            await _state.Scope.SaveChangesAsync(turnContext, false, cancellationToken);
        });

        var replies = new List<IActivity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }
}
