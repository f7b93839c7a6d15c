using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.Console.Access;

/// <summary>
/// <c>/admin/signin</c>: with Entra ID, straight on to Microsoft's sign-in; with the operator key, a form whose posts are
/// rate-limited per client. After sign-in the operator returns to the console page they asked for (never elsewhere).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.SignInPolicy)]
public sealed class SignInModel(ConsoleAccess access, OperatorKeyCheck keys, SignInTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public bool Failed { get; private set; }

    public string Language => SignInTexts.LanguageOf(Request);

    public string Text(string key) => texts.Get(Language, key);

    public IActionResult OnGet() => access.Mode switch
    {
        ConsoleAccessMode.Entra => Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl }, ConsoleSchemes.Entra),
        ConsoleAccessMode.OperatorKey => Page(),
        ConsoleAccessMode.LoopbackDevelopment => LocalRedirect(ConsoleSchemes.PathPrefix),
        _ => NotFound(),
    };

    public async Task<IActionResult> OnPostAsync()
    {
        if (access.Mode != ConsoleAccessMode.OperatorKey)
        {
            return NotFound();
        }

        if (!keys.Matches(Key))
        {
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        await HttpContext.SignInAsync(ConsoleSchemes.Cookie, ConsoleAccessExtensions.KeyOperator());
        return LocalRedirect(SafeReturnUrl);
    }

    /// <summary>Where to go after signing in: a console URL of this site, else the dashboard.</summary>
    private string SafeReturnUrl =>
        ReturnUrl is { } url && Url.IsLocalUrl(url) && url.StartsWith(ConsoleSchemes.PathPrefix, StringComparison.OrdinalIgnoreCase)
            ? url
            : ConsoleSchemes.PathPrefix;
}
