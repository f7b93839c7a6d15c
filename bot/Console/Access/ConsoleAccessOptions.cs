using System.ComponentModel.DataAnnotations;

namespace SupportBot.Bot.Console.Access;

/// <summary>Who may open the operator console (configuration section <c>Console</c>).</summary>
internal sealed class ConsoleAccessOptions : IValidatableObject
{
    public const string SectionName = "Console";

    /// <summary>The shortest operator key accepted: long enough that guessing it, even without the sign-in rate limit, is hopeless.</summary>
    public const int MinimumKeyLength = 32;

    /// <summary>A shared secret operators type on the sign-in page, when Entra ID is not configured. Empty: no key sign-in.</summary>
    public string? OperatorKey { get; set; }

    /// <summary>Sign-in with Microsoft Entra ID (OpenID Connect); takes precedence over the operator key.</summary>
    public EntraOptions Entra { get; set; } = new();

    /// <summary>How long a sign-in lasts without use. Default: 8 hours, a working day.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "1.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(OperatorKey) && OperatorKey.Length < MinimumKeyLength)
        {
            yield return new ValidationResult(
                $"Console:OperatorKey must be at least {MinimumKeyLength} characters (for example: openssl rand -base64 32).", [nameof(OperatorKey)]);
        }

        if (Entra.IsPartlyConfigured)
        {
            yield return new ValidationResult(
                "Console:Entra needs TenantId, ClientId and ClientSecret together (or none of them).", [nameof(Entra)]);
        }
    }
}

/// <summary>The console's app registration in Microsoft Entra ID.</summary>
internal sealed class EntraOptions
{
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>When set, only users with this app role (the <c>roles</c> claim) may sign in. Default: any user of the tenant.</summary>
    public string? RequiredRole { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);

    public bool IsPartlyConfigured =>
        !IsConfigured && (!string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId) || !string.IsNullOrWhiteSpace(ClientSecret));

    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";
}
