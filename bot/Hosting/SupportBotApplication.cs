using Serilog;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Endpoints;
using SupportBot.Bot.Security;
using SupportBot.Bot.Storage;
using SupportBot.Bot.WebChat;

namespace SupportBot.Bot.Hosting;

/// <summary>The bot's web application, built the same way for <c>dotnet run</c> and for the conversation command.</summary>
internal static class SupportBotApplication
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddSupportBotLogging();
        builder.Services.AddSupportOptions();
        builder.Services.AddRequestProtection(builder.Configuration);
        builder.Services.AddSensitiveDataRedaction();
        builder.Services.AddConversationStorage(builder.Configuration);
        builder.Services.AddSupportDialogs(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddWebChatPage(builder.Configuration);

        var app = builder.Build();

        app.UseSerilogRequestLogging();
        app.UseRequestProtection();
        app.MapWebChatPage();
        app.MapHealthEndpoints();
        app.MapBotEndpoints();
        app.MapDirectLine();
        return app;
    }
}
