using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.State;
using SupportBot.Dialogs.Classification;
using SupportBot.Dialogs.Configuration;
using SupportBot.Dialogs.Engine;
using SupportBot.Dialogs.Flows;
using SupportBot.Dialogs.Flows.AccountTakeover;
using SupportBot.Dialogs.Flows.CacheCookies;
using SupportBot.Dialogs.Flows.Cases;
using SupportBot.Dialogs.Flows.ForgottenEmail;
using SupportBot.Dialogs.Flows.Handoff;
using SupportBot.Dialogs.Flows.Main;
using SupportBot.Dialogs.Flows.PasswordReset;
using SupportBot.Dialogs.Flows.Resolved;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Privacy;
using SupportBot.Dialogs.Records;
using SupportBot.Dialogs.Tests.Classification;
using SupportBot.Dialogs.Transcripts;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs.Tests.Flows;

/// <summary>
/// The whole support conversation on the Bot Framework's <see cref="TestAdapter"/>: the real
/// dialogs, content, classifier and redaction, with state in MemoryStorage (JSON between turns),
/// language and transcript middleware as in the bot, and state saved after every turn.
/// </summary>
internal sealed class SupportConversation
{
    public const string FreeDial = "0120-999-373";
    public const string MobilePaid = "011-330-3000";

    private static readonly BotTexts Texts = BotTexts.LoadEmbedded();
    private static readonly AnswerLexicon Answers = AnswerLexicon.LoadEmbedded();
    private static readonly SensitiveDataDetector Detector = SensitiveDataDetector.CreateDefault();
    private static readonly GenericLoginProblemDetector GenericDetector = GenericLoginProblemDetector.FromEmbeddedContent();

    private readonly MainDialog _main;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly ConversationStateCatalogue _state;

    public SupportConversation(string channelId = "test", string locale = "ja-JP")
    {
        _state = new ConversationStateCatalogue(new TrackedConversationState(Storage));
        _dialogState = _state.Dialogs;
        var contacts = Options.Create(new ContactOptions { FreeDial = FreeDial, MobilePaid = MobilePaid });
        var supportTexts = new SupportTexts(Texts, contacts);
        var cases = new CaseTracker(_state);
        var records = new SupportRecords(Storage);
        var handoff = new HandoffService(new HandoffCardFactory(supportTexts), supportTexts, records, cases, _state, TimeProvider.System);
        var understander = new MessageUnderstander(TrainedClassifier.Instance, TrainedClassifier.Answers, GenericDetector);
        var services = new FlowServices(supportTexts, Answers, understander, cases, handoff);
        _main = new MainDialog(services, Detector,
            new PasswordResetDialog(services), new ForgottenEmailDialog(services), new CacheCookiesDialog(services),
            new AccountTakeoverDialog(services), new ResolvedDialog(services, records, TimeProvider.System));

        var redactor = new SensitiveDataRedactor(Detector, new RedactionOptions { PublicPhoneNumbers = [FreeDial, MobilePaid] });
        Adapter = new TestAdapter(channelId, sendTraceActivity: true) { Locale = locale };
        Adapter.Use(new LanguageMiddleware(_state, Texts))
            .Use(new RedactedTranscriptMiddleware(_state, new KeptDataRedaction(redactor), TimeProvider.System));
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
