using Serilog;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Analytics.Review;
using SupportBot.Bot.Console;
using SupportBot.Bot.Console.Access;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Endpoints;
using SupportBot.Bot.Hosting.Validation;
using SupportBot.Bot.Security;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Telemetry;
using SupportBot.Bot.WebChatPage;
using SupportBot.Dialogs;

namespace SupportBot.Bot.Hosting;

/// <summary>The bot's web application, built the same way for <c>dotnet run</c> and for the conversation command.</summary>
internal static class SupportBotApplication
{
    /// <summary>
    /// Builds and runs the bot until it is stopped; returns the process exit code. Storage that cannot
    /// be written stops start-up with one line on standard error naming the path and the missing
    /// permission, and exit code 1 (an exception from a hosted service would abort the process with a
    /// stack trace that names neither).
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var app = Build(args);
        try
        {
            await StorageStartupCheck.RunAsync(app.Services, CancellationToken.None);
        }
        catch (StorageUnavailableException unavailable)
        {
            await System.Console.Error.WriteLineAsync($"SupportBot cannot start: {unavailable.Message}");
            await app.DisposeAsync();
            return 1;
        }

        await app.RunAsync();
        return 0;
    }

    /// <param name="args">Command-line settings.</param>
    /// <param name="configure">Last changes to the services before the host is built (the seed command's clock).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.AddSupportBotLogging();
        builder.Services.AddRequestProtection(builder.Configuration);
        builder.Services.AddSensitiveDataRedaction();
        builder.Services.AddConversationStorage(builder.Configuration);
        builder.Services.AddSupportDialogs(builder.Configuration);
        builder.Services.AddConversationAnalytics(builder.Configuration);
        builder.Services.AddReviewQueue();
        builder.Services.AddSupportBotTelemetry(builder.Configuration); // after analytics: it measures the facts sink
        builder.Services.AddHostedService<ModelWarmUp>();
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddWebChatPage(builder.Configuration);
        builder.Services.AddConsoleAccess(builder.Configuration);
        builder.Services.AddOperatorConsole(builder.Configuration);
        builder.Services.AddStartupValidation();
        configure?.Invoke(builder.Services);

        var app = builder.Build();

        // Every middleware, in the order a request meets it; the endpoints follow.
        app.UseRouting(); // first, as WebApplication would add it: the rate limiter needs to know the endpoint
        app.UseSerilogRequestLogging();
        app.UseSecurityHeaders();
        app.UseExceptionHandler(RequestProtectionExtensions.ExceptionHandling);
        app.UsePrometheusScrapeEndpoint(); // before the channel gate and rate limiter: a scrape is neither
        app.UseChannelActivityReader();
        app.UseRateLimiter();
        app.UseChannelRequestGate();
        app.UseConsoleAccess();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets(); // the Direct Line stream

        app.MapWebChatPage();
        app.MapHealthEndpoints();
        app.MapBotEndpoints();
        app.MapDirectLine();
        app.MapOperatorConsolePages();
        app.MapOperatorConsole();
        app.MapReviewQueue();
        return app;
    }
}
