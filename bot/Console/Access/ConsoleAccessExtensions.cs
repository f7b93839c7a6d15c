using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.Console.Access;

/// <summary>Registers and applies who may open the operator console (see <see cref="ConsoleAccess"/>).</summary>
internal static class ConsoleAccessExtensions
{
    /// <summary>
    /// The operator cookie (scoped to <c>/admin</c>, HttpOnly, SameSite=Strict), Entra ID sign-in when configured, the
    /// operator policy, and antiforgery tokens (form field or the <see cref="ConsoleSchemes.AntiforgeryHeader"/> header).
    /// </summary>
    public static IServiceCollection AddConsoleAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ConsoleAccessOptions.SectionName);
        services.AddOptions<ConsoleAccessOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var options = section.Get<ConsoleAccessOptions>() ?? new ConsoleAccessOptions();

        services.AddSingleton(sp => new ConsoleAccess(sp.GetRequiredService<IOptions<ConsoleAccessOptions>>(), sp.GetRequiredService<UnauthenticatedChannelPolicy>()));
        services.AddSingleton(sp => new OperatorKeyCheck(sp.GetRequiredService<IOptions<ConsoleAccessOptions>>()));
        services.AddSingleton(sp => SignInTexts.Load(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath));
        services.AddRazorPages(pages => pages.RootDirectory = "/Console/Pages");
        var authentication = services.AddAuthentication(ConsoleSchemes.Cookie)
            .AddCookie(ConsoleSchemes.Cookie, cookie =>
            {
                cookie.Cookie.Name = "SupportBot.Console";
                cookie.Cookie.Path = ConsoleSchemes.PathPrefix;
                cookie.Cookie.HttpOnly = true;

                // Strict, except that Entra's sign-in comes back through a cross-site redirect, which Strict would strip the cookie from.
                cookie.Cookie.SameSite = options.Entra.IsConfigured ? SameSiteMode.Lax : SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = options.SessionLifetime;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = ConsoleSchemes.SignInPath;
                cookie.Events = new CookieAuthenticationEvents
                {
                    // The gate answers refused requests; an endpoint's own challenge (defence in depth) is a plain 401, never a redirect loop.
                    OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden),
                };
            });
        if (options.Entra.IsConfigured)
        {
            authentication.AddOpenIdConnect(ConsoleSchemes.Entra, oidc => ConfigureEntra(oidc, options.Entra));
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(ConsoleSchemes.OperatorPolicy, policy => policy.AddRequirements(new ConsoleOperatorRequirement()));
        services.AddSingleton<IAuthorizationHandler, ConsoleOperatorHandler>();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = ConsoleSchemes.AntiforgeryHeader;
            antiforgery.Cookie.Name = "SupportBot.Console.Antiforgery";
            antiforgery.Cookie.Path = ConsoleSchemes.PathPrefix;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }

    /// <summary>Authentication, then the <see cref="ConsoleGate"/> on every <c>/admin</c> URL, then authorization.</summary>
    public static WebApplication UseConsoleAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(ConsoleSchemes.PathPrefix, StringComparison.OrdinalIgnoreCase),
            console => console.UseMiddleware<ConsoleGate>());
        app.UseAuthorization();
        return app;
    }

    /// <summary>The console's pages, each requiring the operator policy (the sign-in page excepted).</summary>
    public static WebApplication MapOperatorConsolePages(this WebApplication app)
    {
        app.MapRazorPages().RequireAuthorization(ConsoleSchemes.OperatorPolicy);
        return app;
    }

    private static void ConfigureEntra(OpenIdConnectOptions oidc, EntraOptions entra)
    {
        oidc.SignInScheme = ConsoleSchemes.Cookie;
        oidc.Authority = entra.Authority;
        oidc.ClientId = entra.ClientId;
        oidc.ClientSecret = entra.ClientSecret;
        oidc.ResponseType = "code";
        oidc.UsePkce = true;
        oidc.CallbackPath = ConsoleSchemes.EntraCallbackPath;
        oidc.SignedOutCallbackPath = ConsoleSchemes.EntraSignedOutPath;
        oidc.SaveTokens = false;
        oidc.MapInboundClaims = false;
        oidc.TokenValidationParameters.NameClaimType = "name";
        oidc.TokenValidationParameters.RoleClaimType = "roles";
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        if (!string.IsNullOrWhiteSpace(entra.RequiredRole))
        {
            oidc.Events.OnTokenValidated = context =>
            {
                if (context.Principal?.HasClaim("roles", entra.RequiredRole) != true)
                {
                    context.Fail($"The signed-in user lacks the app role {entra.RequiredRole}.");
                }

                return Task.CompletedTask;
            };
        }
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>The principal an operator who typed the right key signs in as.</summary>
    public static ClaimsPrincipal KeyOperator() =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, ConsoleSchemes.KeyOperatorName)], ConsoleSchemes.Cookie));
}
