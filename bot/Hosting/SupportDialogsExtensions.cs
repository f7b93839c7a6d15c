using Microsoft.Extensions.DependencyInjection.Extensions;
using SupportBot.Dialogs.Classification;
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
using SupportBot.Dialogs.Records;
using SupportBot.Dialogs.State;
using SupportBot.Dialogs.Transcripts;
using SupportBot.Dialogs.Understanding;

namespace SupportBot.Bot.Hosting;

internal static class SupportDialogsExtensions
{
    /// <summary>
    /// The conversation itself: content, recognisers, the classifier and the support dialogs.
    /// Everything is a singleton, built once; per-conversation data lives in conversation state.
    /// </summary>
    public static IServiceCollection AddSupportDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        // What the bot keeps about a conversation
        services.AddSingleton<ConversationStateCatalogue>();

        // Content and language
        services.AddSingleton(_ => BotTexts.LoadEmbedded());
        services.AddSingleton<SupportTexts>();
        services.AddSingleton(_ => AnswerLexicon.LoadEmbedded());
        services.AddSingleton<LanguageMiddleware>();

        // Understanding what people type; transcripts keep user text only redacted (AddSensitiveDataRedaction)
        services.AddSymptomClassifier();
        services.Configure<SymptomClassifierOptions>(configuration.GetSection(SymptomClassifierOptions.SectionName));
        services.AddSingleton<MessageUnderstander>();
        services.AddSingleton<RedactedTranscriptMiddleware>();

        // Cases, records and the handoff
        services.AddSingleton<CaseTracker>();
        services.AddSingleton<SupportRecords>();
        services.AddSingleton<HandoffCardFactory>();
        services.AddSingleton<HandoffService>();
        services.AddSingleton<FlowServices>();

        // The dialogs
        services.AddSingleton<PasswordResetDialog>();
        services.AddSingleton<ForgottenEmailDialog>();
        services.AddSingleton<CacheCookiesDialog>();
        services.AddSingleton<AccountTakeoverDialog>();
        services.AddSingleton<ResolvedDialog>();
        services.AddSingleton<MainDialog>();
        services.AddHostedService<ModelWarmUp>();
        return services;
    }
}
