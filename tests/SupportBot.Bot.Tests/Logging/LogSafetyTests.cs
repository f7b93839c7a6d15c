using Serilog;
using Serilog.Events;
using Serilog.Formatting.Display;
using SupportBot.Bot.Logging;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Tests.Logging;

/// <summary>Issue 15: exceptions redacted in their messages, never in stack frames (finding 3); control characters escaped (finding 8).</summary>
public sealed class LogSafetyTests
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}";

    private static readonly SensitiveDataRedactor Redactor = new(SensitiveDataDetector.CreateDefault());

    private readonly CollectingSink _sink = new();

    [Fact]
    public async Task StackFramesAndErrorCodesOfALoggedExceptionSurviveRedaction()
    {
        var exception = await FailedRequestAsync();
        var original = exception.ToString();
        Assert.Contains("SocketException (0x", original, StringComparison.Ordinal);

        using (var logger = CreateLogger())
        {
            logger.Error(new InvalidOperationException("pw Xk9#mP2qL7 was in the reply", exception), "Reply failed");
            logger.Warning("Reply failed: {Error}", original);
        }

        var output = _sink.RenderAll();
        Assert.DoesNotContain("Xk9#mP2qL7", output, StringComparison.Ordinal);
        Assert.Contains("[redacted:password]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("SocketException ([redacted", output, StringComparison.Ordinal);
        Assert.DoesNotContain("at [redacted", output, StringComparison.Ordinal);
        var frames = original.Split('\n').Where(line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(frames);
        Assert.All(frames, frame => Assert.Contains(frame.TrimEnd('\r'), output, StringComparison.Ordinal));
    }

    [Fact]
    public void RedactExceptionText_KeepsFramesWithSymbolsAndRedactsTheMessage()
    {
        const string text = "System.Net.Http.HttpRequestException: password: Hunter22!x\n"
            + " ---> System.Net.Sockets.SocketException (0xFFFDFFFF): Name or service not known\n"
            + "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption)\n"
            + "   --- End of inner exception stack trace ---";

        var redacted = LogText.RedactExceptionText(text, Redactor);

        Assert.Equal(text.Replace("Hunter22!x", "[redacted:password]", StringComparison.Ordinal), redacted);
    }

    [Fact]
    public async Task AnInnerExceptionQuotedInAMessageKeepsItsFramesAndLosesItsSecrets()
    {
        // Microsoft.IdentityModel's IDX20803 quotes the whole inner exception (frames and all) in its
        // own message; redacted as one run of text, the frames read as a list of passwords.
        var inner = await FailedRequestAsync();
        var quoting = new InvalidOperationException(
            $"IDX20803: Unable to obtain configuration from: 'https://login.example/.well-known/openid-configuration'. Exception: '{inner}'. password: Hunter22!x");

        using (var logger = CreateLogger())
        {
            logger.Error(quoting, "Sign-in failed");
        }

        var output = _sink.RenderAll();
        Assert.DoesNotContain("Hunter22!x", output, StringComparison.Ordinal);
        Assert.Contains("password: [redacted:password]", output, StringComparison.Ordinal);
        Assert.Contains("HttpRequestException", output, StringComparison.Ordinal);
        var frames = inner.ToString().Split('\n').Where(line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(frames);
        Assert.All(frames, frame => Assert.Contains(frame.TrimEnd('\r'), output, StringComparison.Ordinal));
    }

    [Fact]
    public void AMessageCannotHideAValueBehindAnAt()
    {
        const string message = @"bad reply\n   at my password Hunter22!x\n   at System.Text.Json.JsonSerializer.Deserialize(String json)";

        var redacted = LogText.RedactExceptionMessage(message, Redactor);

        Assert.DoesNotContain("Hunter22!x", redacted, StringComparison.Ordinal);
        Assert.EndsWith(@"\n   at System.Text.Json.JsonSerializer.Deserialize(String json)", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void ChannelIdWithANewlineAndAFakeLogLineStaysOnOneLineOfTheTextLog()
    {
        const string channelId = "webchat\n[12:00:00 ERR] FAKE LOG LINE";

        using (var logger = CreateLogger())
        {
            logger.Information("Turn on channel {ChannelId} said {Text}", channelId, "\u001b[31mred\u001b[0m");
        }

        var line = RenderText(Assert.Single(_sink.Events));
        Assert.Single(line.TrimEnd('\n', '\r').Split('\n'));
        Assert.Contains(@"webchat\n[12:00:00 ERR] FAKE LOG LINE", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', line);
        Assert.Contains(@"\u001B[31mred", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ExceptionMessageWithAFakeLogLineStaysOnItsHeaderLine()
    {
        using (var logger = CreateLogger())
        {
            logger.Error(new FormatException("bad id 'x\n[12:00:00 ERR] FAKE LOG LINE'"), "Turn failed");
        }

        var text = RenderText(Assert.Single(_sink.Events));
        Assert.DoesNotContain("\n[12:00:00 ERR] FAKE", text, StringComparison.Ordinal);
        Assert.Contains(@"x\n[12:00:00 ERR] FAKE LOG LINE", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EscapeControlCharacters_OrdinaryTextIsTheSameInstance()
    {
        const string text = "パスワードを忘れました (webchat)";

        Assert.Same(text, LogText.EscapeControlCharacters(text));
    }

    private static async Task<Exception> FailedRequestAsync()
    {
        using var client = new HttpClient();
        try
        {
            // .invalid never resolves (RFC 2606): a real SocketException inside an HttpRequestException.
            await client.GetAsync(new Uri("http://supportbot-issue15.invalid/"));
        }
        catch (HttpRequestException exception)
        {
            return exception;
        }

        throw new InvalidOperationException("the request to a .invalid host did not fail");
    }

    private static string RenderText(LogEvent logEvent)
    {
        using var output = new StringWriter();
        new MessageTemplateTextFormatter(TextTemplate).Format(logEvent, output);
        return output.ToString();
    }

    private Serilog.Core.Logger CreateLogger() =>
        new LoggerConfiguration()
            .Enrich.FromLogContext()
            .WriteToRedacted(Redactor, sinks => sinks.Sink(_sink))
            .CreateLogger();
}
