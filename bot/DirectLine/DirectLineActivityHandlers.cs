using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Bot.Schema;

namespace SupportBot.Bot.DirectLine;

/// <summary>Posting activities, polling them with a watermark, and the WebSocket stream.</summary>
internal static class DirectLineActivityHandlers
{
    private const int PollPageSize = 500;

    public static async Task<Results<DirectLineJsonResult<ResourceResponse>, DirectLineErrorResult>> PostAsync(
        string conversationId, HttpContext http, IDirectLineConversationStore store, DirectLineRequestReader reader,
        DirectLineConversations conversations, DirectLinePublicAddress address)
    {
        if (address.BaseFor(http.Request) is not { } serviceUrl)
        {
            return DirectLinePublicAddress.UntrustedHost();
        }

        var conversation = await store.FindAsync(conversationId, http.RequestAborted);
        if (conversation is null)
        {
            return DirectLineRequests.UnknownConversation();
        }

        var (posted, error) = await reader.ReadActivityAsync(http.Request, http.RequestAborted);
        if (error is not null)
        {
            return error;
        }

        // Not cancelled with the request: a turn left half-done would leave the dialog state half-saved.
        var (id, refused) = await conversations.PostAsync(conversation, posted!, http.GetDirectLineCaller(), serviceUrl, CancellationToken.None);
        return refused ?? (Results<DirectLineJsonResult<ResourceResponse>, DirectLineErrorResult>)new DirectLineJsonResult<ResourceResponse>(new ResourceResponse(id));
    }

    public static async Task<Results<DirectLineJsonResult<DirectLineActivitySet>, DirectLineErrorResult>> GetAsync(
        string conversationId, string? watermark, HttpContext http, IDirectLineConversationStore store)
    {
        if (!DirectLineRequests.TryParseWatermark(watermark, out var after))
        {
            return DirectLineRequests.BadWatermark();
        }

        if (await store.FindAsync(conversationId, http.RequestAborted) is null)
        {
            return DirectLineRequests.UnknownConversation();
        }

        var page = await store.ReadAsync(conversationId, after, PollPageSize, http.RequestAborted);
        return new DirectLineJsonResult<DirectLineActivitySet>(
            new DirectLineActivitySet(page.Activities, page.Watermark.ToString(CultureInfo.InvariantCulture)));
    }

    public static async Task<IResult> StreamAsync(
        string conversationId, string? watermark, HttpContext http, IDirectLineConversationStore store,
        DirectLineStreamer streamer, IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrorResult.BadArgument("The stream is a WebSocket: connect with an upgrade request.");
        }

        if (!DirectLineRequests.TryParseWatermark(watermark, out var after))
        {
            return DirectLineRequests.BadWatermark();
        }

        if (await store.FindAsync(conversationId, http.RequestAborted) is null)
        {
            return DirectLineRequests.UnknownConversation();
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        await streamer.StreamAsync(socket, conversationId, after, stop.Token);
        return Results.Empty;
    }
}
