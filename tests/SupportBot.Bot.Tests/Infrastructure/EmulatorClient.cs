using System.Net.Http.Headers;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using SupportBot.Bot.Conversations;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>Posts activities to the bot's <c>/api/messages</c> the way the Bot Framework Emulator does.</summary>
public sealed class EmulatorClient(HttpClient http, Uri serviceUrl, string? conversationId = null)
{
    public string ConversationId { get; } = conversationId ?? $"conv-{Guid.NewGuid():N}";

    public ChannelAccount User { get; init; } = new("user-1", "User");

    public ChannelAccount Bot { get; } = new("bot-1", "SupportBot");

    public string ChannelId { get; init; } = "emulator";

    public string Locale { get; init; } = "ja-JP";

    public Activity ConversationUpdate(params ChannelAccount[] membersAdded) =>
        NewActivity(ActivityTypes.ConversationUpdate, a => a.MembersAdded = membersAdded);

    public Activity Message(string? text, object? value = null) =>
        NewActivity(ActivityTypes.Message, a => { a.Text = text; a.Value = value; });

    public async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        using var content = new StringContent(JsonConvert.SerializeObject(activity), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await http.PostAsync(new Uri("api/messages", UriKind.Relative), content);
    }

    public async Task<Activity> SendAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        response.EnsureSuccessStatusCode();
        return activity;
    }

    private Activity NewActivity(string type, Action<Activity> fill)
    {
        var activity = EmulatorActivity.Create(type, serviceUrl, ConversationId, User, Bot, Locale, ChannelId);
        fill(activity);
        return activity;
    }
}
