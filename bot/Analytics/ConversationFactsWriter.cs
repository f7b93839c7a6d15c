using System.Threading.Channels;
using Microsoft.Extensions.Options;
using SupportBot.Dialogs.Analytics;

namespace SupportBot.Bot.Analytics;

/// <summary>
/// The turn path's only contact with analytics: <see cref="Record"/> puts a turn's facts in a bounded queue and
/// returns. A background loop commits what has queued every <see cref="AnalyticsOptions.FlushInterval"/>, so a slow
/// or failing database never slows or fails a reply, and a crash loses at most that interval. When the queue is full
/// new facts are dropped and counted; a failed batch is dropped after the store's retries. Either is logged once until
/// writing works again (the message redacted like every log line), not once a turn.
/// </summary>
internal sealed partial class ConversationFactsWriter : BackgroundService, IConversationFactsSink
{
    private const int MaxBatch = 2_000;

    private readonly System.Threading.Channels.Channel<TurnFacts> _queue;
    private readonly ConversationFactsStore _store;
    private readonly AnalyticsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConversationFactsWriter> _logger;
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private long _dropped;
    private long _written;
    private bool _failing;

    public ConversationFactsWriter(ConversationFactsStore store, IOptions<AnalyticsOptions> options, TimeProvider time, ILogger<ConversationFactsWriter> logger)
    {
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _queue = System.Threading.Channels.Channel.CreateBounded<TurnFacts>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite,
            SingleReader = false,
        });
    }

    /// <summary>Facts dropped so far (queue full, or a batch the database refused).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Turns written so far.</summary>
    public long Written => Interlocked.Read(ref _written);

    public void Record(TurnFacts facts)
    {
        if (facts.IsEmpty)
        {
            return;
        }

        if (!_queue.Writer.TryWrite(facts))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Writes everything queued now, after any write already under way (tests and shutdown); returns how many turns it took.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(cancellationToken);
        try
        {
            return await FlushQueuedAsync(cancellationToken);
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>
    /// Writes what is queued when it starts, and no more: turns that end meanwhile wait for the next round, so a busy bot
    /// is written in a few large batches (one upsert a conversation) rather than chased turn by turn.
    /// </summary>
    private async Task<int> FlushQueuedAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        var waiting = _queue.Reader.Count;
        var batch = new List<TurnFacts>(Math.Min(waiting, MaxBatch));
        while (total < waiting)
        {
            batch.Clear();
            while (batch.Count < MaxBatch && total + batch.Count < waiting && _queue.Reader.TryRead(out var facts))
            {
                batch.Add(facts);
            }

            if (batch.Count == 0)
            {
                break;
            }

            await WriteBatchAsync(batch, cancellationToken);
            total += batch.Count;
        }

        return total;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
                await Task.Delay(_options.FlushInterval, _time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StopAsync writes what is left.
        }
    }

    private async Task<int> WriteBatchAsync(List<TurnFacts> batch, CancellationToken cancellationToken)
    {
        try
        {
            await _store.WriteAsync(batch, cancellationToken);
            Interlocked.Add(ref _written, batch.Count);
            if (_failing)
            {
                _failing = false;
                LogRecovered(_logger, Dropped);
            }

            return batch.Count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Interlocked.Add(ref _dropped, batch.Count);
            if (!_failing)
            {
                _failing = true;
                LogWriteFailed(_logger, batch.Count, e);
            }

            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Analytics: could not write the facts of {Count} turns; replies go on, and facts are dropped until writing works again")]
    private static partial void LogWriteFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics: writing facts again ({Dropped} turns' facts dropped in all)")]
    private static partial void LogRecovered(ILogger logger, long dropped);
}
