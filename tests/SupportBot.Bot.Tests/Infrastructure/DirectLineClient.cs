using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace SupportBot.Bot.Tests.Infrastructure;

/// <summary>Speaks Direct Line 3.0 over real HTTP to the bot, as DirectLineJS and Botium do.</summary>
public sealed class DirectLineClient(HttpClient http, string bearer)
{
    public string Bearer { get; set; } = bearer;

    public async Task<(HttpStatusCode Status, JObject Body)> SendAsync(HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Bearer);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? [] : JObject.Parse(text));
    }

    /// <summary>Starts a conversation and switches to its token, as Web Chat does after the first call.</summary>
    public async Task<JObject> StartAsync(string userId = "dl_tester1")
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "v3/directline/conversations", new JObject { ["user"] = new JObject { ["id"] = userId } }.ToString());
        Assert.Equal(HttpStatusCode.Created, status);
        Bearer = (string)body["token"]!;
        return body;
    }

    public Task<(HttpStatusCode Status, JObject Body)> PostAsync(string conversationId, object activity) =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", JObject.FromObject(activity).ToString());

    public Task<(HttpStatusCode Status, JObject Body)> PollAsync(string conversationId, string? watermark = "") =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}/activities?watermark={watermark}");

    /// <summary>Polls until at least <paramref name="count"/> activities are in the conversation; returns them all.</summary>
    public async Task<IReadOnlyList<JObject>> WaitForActivitiesAsync(string conversationId, int count)
    {
        using var timeout = new CancellationTokenSource(TestPatience.ForAReply);
        while (true)
        {
            var (status, body) = await PollAsync(conversationId);
            Assert.Equal(HttpStatusCode.OK, status);
            var activities = body["activities"]!.Cast<JObject>().ToList();
            if (activities.Count >= count)
            {
                return activities;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public static object Message(string text, string clientActivityId, string userId = "dl_tester1", string locale = "ja-JP") => new
    {
        type = "message",
        text,
        locale,
        from = new { id = userId, role = "user" },
        channelData = new { clientActivityID = clientActivityId },
    };
}
