using Microsoft.Bot.Builder;
using SupportBot.Bot.Bots;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Storage;
using SupportBot.Dialogs;

namespace SupportBot.Benchmarks.Micro;

/// <summary>The bot's own service registrations (dialogs, classifier, redaction, storage) without the web host.</summary>
internal static class MicroHost
{
    public static IHost Start(string storageProvider)
    {
        var data = Directory.CreateTempSubdirectory("supportbot-bench-").FullName;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = storageProvider,
            ["Storage:DataDirectory"] = data,
            ["Support:Contacts:FreeDial"] = "0120-999-373",
            ["Support:Contacts:MobilePaid"] = "011-330-3000",
        });
        builder.Services.AddConversationStorage(builder.Configuration);
        builder.Services.AddSupportDialogs(builder.Configuration);
        builder.Services.AddHostedService<ModelWarmUp>();
        builder.Services.AddSingleton<IBot, SupportBotHandler>();
        var host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        return host;
    }
}
