using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SupportBot.Bot.Analytics;
using SupportBot.Bot.Tests.Infrastructure;

namespace SupportBot.Bot.Tests.Review;

/// <summary>An operator at the review queue of a real host: plays messages through <c>/api/messages</c>, and posts decisions as the page's script would (antiforgery token from the layout's meta tag, cookie kept).</summary>
internal sealed partial class ReviewConsole(BotHost bot, ChannelSink sink) : IDisposable
{
    // Cookies on: the antiforgery cookie of the page goes back with the post, as a browser's would.
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = bot.BaseAddress };

    public HttpClient Http => _http;

    /// <summary>One user's first message ("what is wrong?").</summary>
    public async Task SayFirstAsync(string text)
    {
        var user = new EmulatorClient(bot.CreateLoopbackClient(), sink.ServiceUrl);
        await user.SendAsync(user.Message(text));

        // The first turn of a host waits for the models to be trained.
        await sink.WaitForAsync(1, TimeSpan.FromSeconds(90));
    }

    /// <summary>One user's answer to the password flow's first question ("do you know your registered email?").</summary>
    public async Task AnswerAsync(string text)
    {
        var user = new EmulatorClient(bot.CreateLoopbackClient(), sink.ServiceUrl);
        await user.SendAsync(user.Message("パスワードを忘れました"));
        await user.SendAsync(user.Message(text));
    }

    public Task FlushAsync() => bot.Services.GetRequiredService<ConversationFactsWriter>().FlushAsync(CancellationToken.None);

    public async Task<string> TokenAsync()
    {
        var page = await _http.GetStringAsync(new Uri("admin/review", UriKind.Relative));
        return CsrfMeta().Match(page).Groups[1].Value;
    }

    public async Task<HttpResponseMessage> PostAsync(string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", await TokenAsync());
        return await _http.SendAsync(request);
    }

    public Task<string> ExportAsync(string model) => _http.GetStringAsync(new Uri($"admin/review/export/{model}.jsonl", UriKind.Relative));

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfMeta();
}
