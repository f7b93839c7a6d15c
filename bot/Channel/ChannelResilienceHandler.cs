namespace SupportBot.Bot.Channel;

/// <summary>
/// Runs each request to a channel through that host's pipeline. The request (with its buffered
/// body and bearer token) is sent again as it is on a retry, so the activity id inside stays the same.
/// </summary>
internal sealed class ChannelResilienceHandler(ChannelPipelines pipelines) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var pipeline = pipelines.For(request.RequestUri!.Authority);
        return await pipeline.ExecuteAsync(
            static async (state, token) => await state.Handler.SendOnceAsync(state.Request, token).ConfigureAwait(false),
            (Handler: this, Request: request),
            cancellationToken).ConfigureAwait(false);
    }

    private Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        base.SendAsync(request, cancellationToken);
}
