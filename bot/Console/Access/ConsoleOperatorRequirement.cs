using Microsoft.AspNetCore.Authorization;

namespace SupportBot.Bot.Console.Access;

/// <summary>A console endpoint's requirement: a signed-in operator, or this machine in local development.</summary>
internal sealed class ConsoleOperatorRequirement : IAuthorizationRequirement;

/// <summary>Meets <see cref="ConsoleOperatorRequirement"/> as <see cref="ConsoleAccess"/> says.</summary>
internal sealed class ConsoleOperatorHandler(ConsoleAccess access) : AuthorizationHandler<ConsoleOperatorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ConsoleOperatorRequirement requirement)
    {
        var http = context.Resource as HttpContext;
        var signedIn = access.HasSignIn && context.User.Identities.Any(identity => identity.IsAuthenticated && identity.AuthenticationType == ConsoleSchemes.Cookie);
        if (signedIn || (http is not null && access.AdmitsWithoutSignIn(http)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
