using Serilog;
using SupportBot.Bot.Commands;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Endpoints;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Security;
using SupportBot.Bot.Storage;
using SupportBot.Bot.WebChat;

// `eval` and `classify` are offline classifier tools; they must not start the host or log to stdout.
if (await ClassifierCommandLine.TryRunAsync(args, Console.In, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

// On another core while the host is built, so the first turn finds Newtonsoft.Json ready for activities.
_ = ActivityJsonWarmUp.StartInBackground();

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

await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests can host the real application.</summary>
public partial class Program;
