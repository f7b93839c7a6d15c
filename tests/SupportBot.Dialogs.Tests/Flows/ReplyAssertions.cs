using Microsoft.Bot.Schema;

namespace SupportBot.Dialogs.Tests.Flows;

internal static class ReplyAssertions
{
    public static IEnumerable<IMessageActivity> Messages(this IEnumerable<IActivity> replies) =>
        replies.Where(r => r.Type == ActivityTypes.Message).Cast<IMessageActivity>();

    public static string AllText(this IEnumerable<IActivity> replies) =>
        string.Join("\n", replies.Messages().Select(m => m.Text));

    public static IReadOnlyList<string> ButtonTitles(this IEnumerable<IActivity> replies) =>
        [.. replies.Messages().SelectMany(m => m.SuggestedActions?.Actions ?? []).Select(a => a.Title)];

    public static IActivity? HandoffEvent(this IEnumerable<IActivity> replies) =>
        replies.FirstOrDefault(r => r.Type == ActivityTypes.Event && ((IEventActivity)r).Name == "handoff.initiate");

    public static Attachment? HandoffCard(this IEnumerable<IActivity> replies) =>
        replies.Messages().SelectMany(m => m.Attachments ?? []).FirstOrDefault();
}
