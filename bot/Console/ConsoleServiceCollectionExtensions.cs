using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Analytics.Queries;
using SupportBot.Bot.Console.Access;

namespace SupportBot.Bot.Console;

/// <summary>
/// The operator console's pages (dashboard, conversations, transcripts), its CSV export and its script and style
/// files. Who may open them is <see cref="ConsoleAccessExtensions"/>'s business: every endpoint here requires its
/// operator policy, and the pages are mapped with it by <see cref="ConsoleAccessExtensions.MapOperatorConsolePages"/>.
/// </summary>
internal static class ConsoleServiceCollectionExtensions
{
    public static IServiceCollection AddOperatorConsole(this IServiceCollection services, IConfiguration configuration)
    {
        _ = configuration; // nothing to configure yet: the console reads the facts the Analytics section describes
        services.AddRazorPages(pages => pages.RootDirectory = "/Console/Pages");
        services.AddSingleton(sp => ConsoleTexts.Load(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.AddSingleton<ConsoleAssets>();

        // Japanese as it is, not as &#x...; character references: markup characters are still encoded.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary><c>GET /admin/assets/{name}</c> and <c>GET /admin/conversations.csv</c>, both for operators only.</summary>
    public static WebApplication MapOperatorConsole(this WebApplication app)
    {
        app.MapGet(ConsoleAssets.PathPrefix + "{name}", ServeAsset).RequireAuthorization(ConsoleSchemes.OperatorPolicy);
        app.MapGet("/admin/conversations.csv", ExportAsync).RequireAuthorization(ConsoleSchemes.OperatorPolicy);
        return app;
    }

    private static IResult ServeAsset(string name, ConsoleAssets assets) =>
        assets.TryGet(name, out var asset) ? Results.Bytes(asset.Content, asset.ContentType) : Results.NotFound();

    private static async Task ExportAsync(HttpContext context, ConversationFactsQueries queries, IOptions<AnalyticsOptions> options)
    {
        if (!queries.Available)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var filter = ConversationQuery.Read(context.Request.Query);
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"conversations-{queries.Today():yyyyMMdd}.csv\"";
        await ConversationsCsv.WriteAsync(
            context.Response.Body, queries.AllConversationsAsync(filter, context.RequestAborted), options.Value.ReportingUtcOffset, context.RequestAborted);
    }
}
