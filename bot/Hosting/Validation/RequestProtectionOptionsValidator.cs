using Microsoft.Extensions.Options;
using SupportBot.Bot.Security;

namespace SupportBot.Bot.Hosting.Validation;

internal sealed class RequestProtectionOptionsValidator : IValidateOptions<RequestProtectionOptions>
{
    public ValidateOptionsResult Validate(string? name, RequestProtectionOptions options) =>
        new SettingRules(RequestProtectionOptions.SectionName)
            .Require(options.MaxRequestBodyBytes > 0, nameof(options.MaxRequestBodyBytes), options.MaxRequestBodyBytes, "must be greater than 0")
            .Require(options.MaxJsonDepth > 0, nameof(options.MaxJsonDepth), options.MaxJsonDepth, "must be greater than 0")
            .Require(options.PermitsPerClient > 0, nameof(options.PermitsPerClient), options.PermitsPerClient, "must be greater than 0")
            .Require(options.PermitsPerConversation > 0, nameof(options.PermitsPerConversation), options.PermitsPerConversation, "must be greater than 0")
            .Require(options.Window > TimeSpan.Zero, nameof(options.Window), options.Window, "must be longer than 0")
            .Result();
}
