using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace SupportBot.Bot.Console.Access;

/// <summary>
/// In front of every <c>/admin</c> URL, known or not: refuses anyone <see cref="ConsoleAccess"/> does not admit (a page
/// request is sent to sign in, anything else gets 401), checks the antiforgery token of every request that changes
/// something, and marks console responses as never to be cached or framed. Endpoints also require the operator
/// policy, so a console endpoint mapped outside <c>/admin</c> by mistake is not open either.
/// </summary>
internal sealed partial class ConsoleGate(RequestDelegate next, ConsoleAccess access, IAntiforgery antiforgery, IProblemDetailsService problems, ILogger<ConsoleGate> logger)
{
    private static readonly string[] OpenPaths = [ConsoleSchemes.SignInPath, ConsoleSchemes.EntraCallbackPath, ConsoleSchemes.EntraSignedOutPath];

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            return Task.CompletedTask;
        });

        var isOpenPath = Array.Exists(OpenPaths, path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
        if (!isOpenPath && !await AdmittedAsync(context))
        {
            await RefuseAsync(context);
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !await antiforgery.IsRequestValidAsync(context))
        {
            LogAntiforgeryRefused(logger, context.Request.Path);
            await ProblemAsync(context, StatusCodes.Status400BadRequest, "The request has no valid antiforgery token: reload the page and try again.");
            return;
        }

        await next(context);
    }

    private async Task<bool> AdmittedAsync(HttpContext context)
    {
        if (access.AdmitsWithoutSignIn(context))
        {
            return true;
        }

        if (!access.HasSignIn)
        {
            return false;
        }

        var signedIn = await context.AuthenticateAsync(ConsoleSchemes.Cookie);
        if (signedIn.Succeeded)
        {
            context.User = signedIn.Principal;
        }

        return signedIn.Succeeded;
    }

    private async Task RefuseAsync(HttpContext context)
    {
        if (access.Mode == ConsoleAccessMode.Closed || (access.Mode == ConsoleAccessMode.LoopbackDevelopment))
        {
            await ProblemAsync(
                context, StatusCodes.Status401Unauthorized,
                access.Mode == ConsoleAccessMode.Closed
                    ? "The operator console needs sign-in: configure Console:Entra or Console:OperatorKey."
                    : "The operator console is open only on this machine until sign-in is configured (Console:Entra or Console:OperatorKey).");
            return;
        }

        if (WantsPage(context))
        {
            var back = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
            context.Response.Redirect($"{ConsoleSchemes.SignInPath}?returnUrl={Uri.EscapeDataString(back)}");
            return;
        }

        await ProblemAsync(context, StatusCodes.Status401Unauthorized, "Sign in to the operator console first.");
    }

    /// <summary>A browser navigating to a page (sent to sign in), rather than a script or a download (told 401).</summary>
    private static bool WantsPage(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method)
        && context.Request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>A problem-details body when the client takes JSON, else the reason as plain text (a browser asked for a page).</summary>
    private async Task ProblemAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = status == StatusCodes.Status401Unauthorized ? "Unauthorized" : "Bad request", Detail = detail },
        });
        if (!written)
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(detail);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Console: refused a {Path} request without a valid antiforgery token")]
    private static partial void LogAntiforgeryRefused(ILogger logger, PathString path);
}
