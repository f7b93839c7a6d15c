if (await SupportBot.Bot.Commands.ClassifierCommandLine.TryRunAsync(args, Console.In, Console.Out, Console.Error) is { } exitCode) { Environment.ExitCode = exitCode; return; }
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();
