using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Hosting;

namespace SupportBot.Bot.Tests.Hosting;

/// <summary>Every settings rule: the bot built as in production with one bad value does not start, and the error names the setting.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Support:Contacts:FreeDial", "call us", "FreeDial")]
    [InlineData("Support:Contacts:MobilePaid", "", "MobilePaid")]
    [InlineData("Classifier:ModelCacheDirectory", "relative/models", "Classifier:ModelCacheDirectory")]
    [InlineData("RequestProtection:MaxRequestBodyBytes", "0", "RequestProtection:MaxRequestBodyBytes")]
    [InlineData("RequestProtection:MaxJsonDepth", "-1", "RequestProtection:MaxJsonDepth")]
    [InlineData("RequestProtection:PermitsPerClient", "0", "RequestProtection:PermitsPerClient")]
    [InlineData("RequestProtection:PermitsPerConversation", "0", "RequestProtection:PermitsPerConversation")]
    [InlineData("RequestProtection:Window", "00:00:00", "RequestProtection:Window")]
    [InlineData("Channel:Resilience:MaxRetryAttempts", "0", "Channel:Resilience:MaxRetryAttempts")]
    [InlineData("Channel:Resilience:RetryDelay", "-00:00:01", "Channel:Resilience:RetryDelay")]
    [InlineData("Channel:Resilience:MaxRetryDelay", "00:00:00.050", "Channel:Resilience:MaxRetryDelay")]
    [InlineData("Channel:Resilience:AttemptTimeout", "00:00:00.001", "Channel:Resilience:AttemptTimeout")]
    [InlineData("Channel:Resilience:FailureRatio", "1.5", "Channel:Resilience:FailureRatio")]
    [InlineData("Channel:Resilience:MinimumThroughput", "1", "Channel:Resilience:MinimumThroughput")]
    [InlineData("Channel:Resilience:SamplingDuration", "00:00:00.100", "Channel:Resilience:SamplingDuration")]
    [InlineData("Channel:Resilience:BreakDuration", "2.00:00:00", "Channel:Resilience:BreakDuration")]
    [InlineData("WebChat:DirectLineEndpoint", "directline.example", "WebChat:DirectLineEndpoint")]
    [InlineData("Console:OperatorKey", "too-short-to-be-safe", "Console:OperatorKey")]
    [InlineData("Console:Entra:TenantId", "contoso.onmicrosoft.com", "Console:Entra")]
    [InlineData("Console:SessionLifetime", "30.00:00:00", "SessionLifetime")]
    [InlineData("Analytics:FlushInterval", "00:00:05", "FlushInterval")]
    [InlineData("Analytics:QueueCapacity", "0", "QueueCapacity")]
    [InlineData("Analytics:AbandonAfter", "00:00:10", "AbandonAfter")]
    [InlineData("Analytics:RetentionDays", "0", "RetentionDays")]
    [InlineData("Analytics:ReportingUtcOffset", "05:30:00", "Analytics:ReportingUtcOffset")]
    public async Task BadSettingStopsStartUpWithAMessageNamingIt(string setting, string badValue, string named)
    {
        // Some settings are read while the app is built (logging resolves the redactor), the rest when it starts.
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var app = SupportBotApplication.Build([$"--{setting}={badValue}", "--urls=http://127.0.0.1:0"]);
            await app.StartAsync();
        });

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShippedSettingsPassEveryRule()
    {
        await using var app = SupportBotApplication.Build(["--urls=http://127.0.0.1:0"]);

        var validator = app.Services.GetRequiredService<IStartupValidator>();

        validator.Validate();
    }
}
