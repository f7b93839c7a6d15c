using Microsoft.Extensions.Options;
using SupportBot.Bot.WebChatPage;

namespace SupportBot.Bot.Hosting.Validation;

internal sealed class WebChatOptionsValidator : IValidateOptions<WebChatOptions>
{
    public ValidateOptionsResult Validate(string? name, WebChatOptions options)
    {
        var endpoint = options.DirectLineEndpoint;
        return new SettingRules(WebChatOptions.SectionName)
            .Require(
                endpoint is { IsAbsoluteUri: true } && (endpoint.Scheme == Uri.UriSchemeHttps || endpoint.Scheme == Uri.UriSchemeHttp),
                nameof(options.DirectLineEndpoint), endpoint?.ToString() ?? "empty", "must be an absolute http(s) URL")
            .Result();
    }
}
