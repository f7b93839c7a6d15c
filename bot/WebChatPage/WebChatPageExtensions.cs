using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace SupportBot.Bot.WebChatPage;

internal static partial class WebChatPageExtensions
{
    private static readonly string[] Locales = ["ja-JP", "en-US"];

    /// <summary>The chat page's token issuer: the embedded Direct Line, or Azure's when <c>WebChat:DirectLineSecret</c> is set.</summary>
    public static IServiceCollection AddWebChatPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection(WebChatOptions.SectionName));
        services.AddHttpClient<AzureWebChatTokenIssuer>();
        services.AddSingleton<EmbeddedWebChatTokenIssuer>();
        services.AddSingleton<IWebChatTokenIssuer>(sp =>
            sp.GetRequiredService<IOptions<WebChatOptions>>().Value.UsesAzureDirectLine
                ? sp.GetRequiredService<AzureWebChatTokenIssuer>()
                : sp.GetRequiredService<EmbeddedWebChatTokenIssuer>());
        return services;
    }

    /// <summary>
    /// <c>POST /api/webchat/token</c>: the page's Direct Line token. The page itself and its files
    /// (Web Chat's bundle included) are wwwroot, served by <c>UseDefaultFiles</c>/<c>UseStaticFiles</c>.
    /// </summary>
    public static WebApplication MapWebChatPage(this WebApplication app)
    {
        app.MapPost("/api/webchat/token", IssueTokenAsync);
        return app;
    }

    private static async Task<Ok<WebChatToken>> IssueTokenAsync(
        WebChatTokenRequest? request, IWebChatTokenIssuer issuer, CancellationToken cancellationToken)
    {
        var userId = request?.UserId is { } id && UserIdPattern().IsMatch(id) ? id : DirectLine.DirectLineConversations.NewUserId();
        var locale = Locales.FirstOrDefault(l => string.Equals(l, request?.Locale, StringComparison.OrdinalIgnoreCase)) ?? Locales[0];
        return TypedResults.Ok(await issuer.IssueAsync(userId, locale, cancellationToken));
    }

    // The ids the page makes ("dl_" + hex); anything else is replaced rather than trusted.
    [GeneratedRegex("^dl_[A-Za-z0-9_-]{6,64}$")]
    private static partial Regex UserIdPattern();
}
