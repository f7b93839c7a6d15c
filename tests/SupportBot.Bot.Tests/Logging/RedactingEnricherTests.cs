using Serilog;
using Serilog.Events;
using SupportBot.Bot.Logging;
using SupportBot.Dialogs.Privacy;

namespace SupportBot.Bot.Tests.Logging;

public sealed class RedactingEnricherTests
{
    private const string Card = "4111 1111 1111 1111";
    private const string Password = "Xk9#mP2qL7";
    private const string UserText = "カードは 4111 1111 1111 1111、パスワードは Xk9#mP2qL7 です";

    private static readonly SensitiveDataRedactor Redactor = new(SensitiveDataDetector.CreateDefault());

    private readonly CollectingSink _sink = new();

    [Fact]
    public void UserTextLoggedAsAPropertyIsRenderedWithoutTheCardOrThePassword()
    {
        using (var logger = CreateLogger())
        {
            logger.Information("User said {Text}", UserText);
        }

        var output = _sink.RenderAll();
        Assert.DoesNotContain(Card, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, output, StringComparison.Ordinal);
        Assert.Contains("[redacted:card]", output, StringComparison.Ordinal);
        Assert.Contains("[redacted:password]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SecretsInsideStructuresSequencesAndDictionariesAreRedacted()
    {
        using (var logger = CreateLogger())
        {
            logger.Information(
                "Turn {@Activity} {Lines} {Values}",
                new { Text = UserText, From = new { Name = "taro" } },
                new[] { "hello", $"pw {Password}" },
                new Dictionary<string, string> { ["card"] = Card });
        }

        var output = _sink.RenderAll();
        Assert.DoesNotContain(Password, output, StringComparison.Ordinal);
        Assert.DoesNotContain(Card, output, StringComparison.Ordinal);
        Assert.Contains("taro", output, StringComparison.Ordinal);
    }

    [Fact]
    public void LogContextPropertiesAreRedactedToo()
    {
        using (var logger = CreateLogger())
        using (Serilog.Context.LogContext.PushProperty("LastUserText", UserText))
        {
            logger.Information("Turn ended");
        }

        Assert.DoesNotContain(Card, _sink.RenderAll(), StringComparison.Ordinal);
    }

    [Fact]
    public void CardNumberLoggedAsANumberIsRedactedButOrdinaryNumbersAreKept()
    {
        using (var logger = CreateLogger())
        {
            logger.Information("Card {Card} took {ElapsedMs} ms on port {Port}", 4111111111111111L, 123456L, 5000);
        }

        var properties = Assert.Single(_sink.Events).Properties;
        Assert.Equal("[redacted:card]", ((ScalarValue)properties["Card"]).Value);
        Assert.Equal(123456L, ((ScalarValue)properties["ElapsedMs"]).Value);
        Assert.Equal(5000, ((ScalarValue)properties["Port"]).Value);
    }

    [Fact]
    public void HostIdentifiersThatLookLikePasswordsAreKept()
    {
        const string directLineConversationId = "3dcLmNfs3ZwHzCqnFNOjKd-us";

        using (var logger = CreateLogger())
        {
            logger.Information("Turn in {ConversationId} said {Text}", directLineConversationId, directLineConversationId);
        }

        var properties = Assert.Single(_sink.Events).Properties;
        Assert.Equal(directLineConversationId, ((ScalarValue)properties["ConversationId"]).Value);
        Assert.Equal("[redacted:password]", ((ScalarValue)properties["Text"]).Value);
    }

    [Fact]
    public void ExceptionMessagesQuotingUserInputAreRedacted()
    {
        var exception = new InvalidOperationException(
            "Turn failed",
            new FormatException($"Could not read '{UserText}'"));

        using (var logger = CreateLogger())
        {
            logger.Error(exception, "Turn failed");
        }

        var logged = Assert.Single(_sink.Events).Exception;
        Assert.NotNull(logged);
        Assert.DoesNotContain(Password, logged.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Card, logged.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(FormatException), logged.ToString(), StringComparison.Ordinal);
        Assert.Contains("[redacted:card]", logged.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EventsWithNothingSensitivePassThroughUnchanged()
    {
        var exception = new InvalidOperationException("storage unavailable");

        using (var logger = CreateLogger())
        {
            logger.Error(exception, "User said {Text}", "パスワードを忘れました");
        }

        var logEvent = Assert.Single(_sink.Events);
        Assert.Same(exception, logEvent.Exception);
        Assert.Equal("パスワードを忘れました", ((ScalarValue)logEvent.Properties["Text"]).Value);
    }

    private Serilog.Core.Logger CreateLogger() =>
        new LoggerConfiguration()
            .Enrich.FromLogContext()
            .WriteToRedacted(Redactor, sinks => sinks.Sink(_sink))
            .CreateLogger();
}
