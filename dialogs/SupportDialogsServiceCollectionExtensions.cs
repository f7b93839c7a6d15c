using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Analytics;
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
using SupportBot.Dialogs.Recognition;
using SupportBot.Dialogs.Records;
using SupportBot.Dialogs.State;
using SupportBot.Dialogs.Transcripts;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Dialogs;

/// <summary>The one place the conversation is composed: the host and the tests both call <see cref="AddSupportDialogs"/>.</summary>
public static class SupportDialogsServiceCollectionExtensions
{
    /// <summary>
    /// The conversation: options (validated at start-up), content, recognisers, the understanding step, the
    /// classifier, redaction, cases and records, and the dialogs. Everything is a singleton, built once;
    /// per-conversation data lives in conversation state. The host supplies <see cref="State.TrackedConversationState"/>,
    /// <c>IStorage</c> and logging, and may supply an <see cref="IConversationFactsSink"/> (else facts are discarded).
    /// <see cref="MainDialog"/> is the root.
    /// </summary>
    public static IServiceCollection AddSupportDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        // Settings, checked when the host starts rather than mid-conversation
        services.AddOptions<ContactOptions>()
            .Bind(configuration.GetSection(ContactOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSymptomClassifier();
        services.AddOptions<SymptomClassifierOptions>()
            .Bind(configuration.GetSection(SymptomClassifierOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SymptomClassifierOptions>, SymptomClassifierOptionsValidator>());

        // Content and language
        services.AddSingleton(_ => BotTexts.LoadEmbedded());
        services.AddSingleton<SupportTexts>();
        services.AddSingleton(_ => AnswerLexicon.LoadEmbedded());
        services.AddSingleton<LanguageMiddleware>();

        // Recognisers: the engine's prompts get them by constructor, their word lists come from Content/Lexicon
        services.AddSingleton(_ => ChoiceRecognizer.LoadEmbedded());
        services.AddSingleton<IChoiceRecognizer>(provider => provider.GetRequiredService<ChoiceRecognizer>());
        services.AddSingleton<IConfirmRecognizer>(_ => ConfirmRecognizer.LoadEmbedded());
        services.AddSingleton<IInterruptionRecognizer>(_ => InterruptionRecognizer.LoadEmbedded());
        services.AddSingleton(_ => UnderstandingLexicon.LoadEmbedded());

        // Understanding what people type; transcripts keep user text only redacted
        services.AddSingleton<MessageUnderstander>();
        services.AddSensitiveDataRedaction();
        services.AddSingleton<RedactedTranscriptMiddleware>();

        // Cases, records and the handoff
        services.AddSingleton<ConversationStateCatalogue>();
        services.AddSingleton<ConversationFacts>();
        services.AddSingleton<ConversationFactsMiddleware>();
        services.TryAddSingleton<IConversationFactsSink, DiscardingFactsSink>();
        services.AddSingleton<CaseTracker>();
        services.AddSingleton<SupportRecords>();
        services.AddSingleton<HandoffCardFactory>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<FlowServices>();

        // The flows, in the order of the main menu; MainDialog takes every registered one
        services.AddSupportFlow<PasswordResetDialog>();
        services.AddSupportFlow<ForgottenEmailDialog>();
        services.AddSupportFlow<CacheCookiesDialog>();
        services.AddSupportFlow<AccountTakeoverDialog>();
        services.AddSingleton<ResolvedDialog>();
        services.AddSingleton(provider => new FlowSteps(provider.GetServices<SupportFlowDialog>()));
        services.AddSingleton(provider => new MainDialog(
            provider.GetRequiredService<FlowServices>(),
            provider.GetRequiredService<ISensitiveDataDetector>(),
            provider.GetRequiredService<IInterruptionRecognizer>(),
            provider.GetServices<SupportFlowDialog>(),
            provider.GetRequiredService<ResolvedDialog>()));
        return services;
    }

    /// <summary>
    /// Sensitive-data detection and redaction, each built once (the detector's recognizer models are built on
    /// first need or by the host's warm-up). The bot's own support numbers stay readable in logs and transcripts.
    /// </summary>
    public static IServiceCollection AddSensitiveDataRedaction(this IServiceCollection services)
    {
        services.TryAddSingleton<ISensitiveDataDetector>(_ => SensitiveDataDetector.CreateDefault());
        services.TryAddSingleton<ISensitiveDataRedactor>(provider =>
        {
            var contacts = provider.GetRequiredService<IOptions<ContactOptions>>().Value;
            return new SensitiveDataRedactor(
                provider.GetRequiredService<ISensitiveDataDetector>(),
                new RedactionOptions { PublicPhoneNumbers = [contacts.FreeDial, contacts.MobilePaid] });
        });
        services.TryAddSingleton<KeptDataRedaction>();
        return services;
    }

    private static void AddSupportFlow<TFlow>(this IServiceCollection services)
        where TFlow : SupportFlowDialog =>
        services.AddSingleton<SupportFlowDialog, TFlow>();
}
