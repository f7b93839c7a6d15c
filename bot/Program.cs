using SupportBot.Bot.Commands;
using SupportBot.Bot.Hosting;
using SupportBot.Dialogs.Tools;

// `eval`, `classify`, `fold-in`, `conversations`, `seed` and `privacy-eval` are developer tools; they must not start the listening host or log to stdout.
var toolExitCode = await ClassifierCommandLine.TryRunAsync(args, Console.In, Console.Out, Console.Error)
    ?? await FoldInCommandLine.TryRunAsync(args, Console.Out, Console.Error)
    ?? await ConversationCommandLine.TryRunAsync(args, Console.Out, Console.Error)
    ?? await SeedCommandLine.TryRunAsync(args, Console.Out, Console.Error)
    ?? await PrivacyCommandLine.TryRunAsync(args, ProductContacts.PublicPhoneNumbers(), Console.Out, Console.Error);
if (toolExitCode is { } exitCode)
{
    return exitCode;
}

// On another core while the host is built, so the first turn finds Newtonsoft.Json ready for activities.
_ = ActivityJsonWarmUp.StartInBackground();

return await SupportBotApplication.RunAsync(args);

/// <summary>Entry point; public so the tests can host the real application.</summary>
public partial class Program;
