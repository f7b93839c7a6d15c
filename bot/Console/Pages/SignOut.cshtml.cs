using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SupportBot.Bot.Console.Access;

/// <summary><c>POST /admin/signout</c> (with the antiforgery token): ends the operator's session, and Entra's too when it signed them in.</summary>
public sealed class SignOutModel(ConsoleAccess access) : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ConsoleSchemes.Cookie);
        return access.Mode == ConsoleAccessMode.Entra
            ? SignOut(new AuthenticationProperties { RedirectUri = ConsoleSchemes.SignInPath }, ConsoleSchemes.Entra)
            : LocalRedirect(ConsoleSchemes.SignInPath);
    }
}
