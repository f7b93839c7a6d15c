using Microsoft.Bot.Schema;

namespace SupportBot.Bot.Security;

/// <summary>The fields without which no turn can be run or answered; null when all are there.</summary>
internal static class ActivityValidator
{
    public static string? FindProblem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "The activity has no channelId.";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no conversation.id.";
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity has no absolute http(s) serviceUrl.";
        }

        if (serviceUrl.UserInfo.Length > 0)
        {
            return "The activity's serviceUrl must not carry a user name or password.";
        }

        return null;
    }
}
