using Serilog;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Endpoints;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Storage;
using SupportBot.Bot.WebChat;

var builder = WebApplication.CreateBuilder(args);

builder.AddSupportBotLogging();
builder.Services.AddSupportOptions();
builder.Services.AddConversationStorage(builder.Configuration);
builder.Services.AddSupportDialogs();
builder.Services.AddBotFramework();
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddWebChatPage(builder.Configuration);

var app = builder.Build();

app.UseSerilogRequestLogging();
app.MapWebChatPage();
app.MapHealthEndpoints();
app.MapBotEndpoints();
app.MapDirectLine();

await app.RunAsync();

/// <summary>Entry point; public so the tests can host the real application.</summary>
public partial class Program;
