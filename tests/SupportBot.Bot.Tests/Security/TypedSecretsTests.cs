using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using SupportBot.Bot.Tests.Infrastructure;
using SupportBot.Bot.Tests.Logging;

namespace SupportBot.Bot.Tests.Security;

/// <summary>
/// A person types a password and a card number into a conversation on the real host (SQLite
/// storage in a temporary folder, every log event at Debug collected): neither is found in any log
/// line, in the database files (transcripts and handoff records are stored there, and raw bytes
/// include freed pages and the write-ahead log), or in what the bot sent back.
/// </summary>
public sealed class TypedSecretsTests : IDisposable
{
    private const string Password = "Zx9!kQ2#mPw";
    private static readonly string[] CardNumber = ["4111 1111 1111 1111", "4111111111111111", "4111-1111-1111-1111"];
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("supportbot-secrets-").FullName;

    [Fact]
    public async Task PasswordAndCardNumberTypedByAUserAreNowhereAfterTheConversation()
    {
        var logs = new CollectingSink();
        string conversationId;
        await using var sink = await ChannelSink.StartAsync();
        await using (var bot = new BotHost(
            new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = _dataDirectory,
                ["Serilog:MinimumLevel:Default"] = "Debug",
            },
            services => services.AddSingleton<ILogEventSink>(logs)).Start())
        {
            var emulator = new EmulatorClient(bot.CreateLoopbackClient(), sink.ServiceUrl);
            conversationId = emulator.ConversationId;
            foreach (var text in new[]
            {
                "パスワードを忘れました",
                $"パスワードは {Password} です",
                $"カード番号は {CardNumber[0]} です",
                $"my password is {Password} and my card is {CardNumber[2]}",
            })
            {
                await emulator.SendAsync(emulator.Message(text));
                await sink.WaitForAsync(1);
            }

            await Task.Delay(500);
        }

        var stored = string.Concat(Directory.EnumerateFiles(_dataDirectory, "*", SearchOption.AllDirectories)
            .Select(file => Encoding.UTF8.GetString(File.ReadAllBytes(file))));
        var logged = logs.RenderAll();
        var replies = string.Join('\n', sink.Received.Select(a => a.Text + a.Speak + a.Value));

        Assert.Contains(conversationId, stored, StringComparison.Ordinal);
        Assert.NotEmpty(logs.Events);
        foreach (var secret in CardNumber.Append(Password))
        {
            Assert.DoesNotContain(secret, logged, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, replies, StringComparison.Ordinal);
        }
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
