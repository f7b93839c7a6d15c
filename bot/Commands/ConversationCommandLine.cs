using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using SupportBot.Bot.Conversations;
using SupportBot.Bot.Hosting;
using SupportBot.Dialogs.Localization;
using SupportBot.Dialogs.Tools;

namespace SupportBot.Bot.Commands;

/// <summary>
/// <c>conversations &lt;file.json&gt;</c>: starts the real bot on loopback (SQLite in a temporary folder), plays
/// every scripted conversation of the file through <c>/api/messages</c> as the Emulator would, and prints the
/// pass rate and each failing turn. Exit code 1 below <see cref="PassRateBar"/>.
/// </summary>
internal static class ConversationCommandLine
{
    /// <summary>Issue 14: at least 95% of the conversations pass.</summary>
    public const double PassRateBar = 0.95;

    private const int UsageError = 2;
    private const int BelowBar = 1;

    /// <summary>Runs the command named by <paramref name="args"/>; null when the args are not this command.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        switch (args)
        {
            case ["conversations", var path]:
                return await RunAsync(path, stdout, stderr);
            case ["conversations", ..]:
                await stderr.WriteLineAsync("usage: conversations <file.json>");
                return UsageError;
            default:
                return null;
        }
    }

    private static async Task<int> RunAsync(string path, TextWriter stdout, TextWriter stderr)
    {
        ConversationScript script;
        try
        {
            script = ConversationScript.Load(CommandPaths.FromCallerDirectory(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            await stderr.WriteLineAsync($"conversations: cannot read {path}: {exception.Message}");
            return UsageError;
        }

        var dataDirectory = Directory.CreateTempSubdirectory("supportbot-conversations-");
        try
        {
            await using var bot = SupportBotApplication.Build(
            [
                // Wherever the command is started from, the settings are the ones built next to it.
                $"--contentRoot={AppContext.BaseDirectory}",
                "--Urls=http://127.0.0.1:0",
                $"--Storage:DataDirectory={dataDirectory.FullName}",
                "--Serilog:MinimumLevel:Default=Warning",
                "--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning",
                "--Serilog:MinimumLevel:Override:Microsoft.AspNetCore.StaticFiles=Error",
                // Every scripted person posts from the same loopback address.
                "--RequestProtection:PermitsPerClient=1000000",
            ]);
            await bot.StartAsync();
            var address = bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            await using var channel = await LoopbackChannel.StartAsync(new Uri(address + "/"));

            var runner = new ConversationRunner(channel.SendAsync, channel.ServiceUrl, bot.Services.GetRequiredService<BotTexts>());
            var results = await runner.RunAllAsync(script, CancellationToken.None);
            await ConversationReport.WriteAsync(results, path, stdout);
            await bot.StopAsync();
            return ConversationReport.PassRate(results) >= PassRateBar ? 0 : BelowBar;
        }
        finally
        {
            dataDirectory.Delete(recursive: true);
        }
    }
}
