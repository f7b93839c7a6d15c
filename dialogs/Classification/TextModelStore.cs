using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.ML;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Gives a trained model: loaded from the cache directory when one trained on exactly this data,
/// pipeline and ML.NET version is there, otherwise trained from the embedded data (and cached).
/// </summary>
internal sealed partial class TextModelStore(MLContext mlContext, TextModelSpec spec, SymptomClassifierOptions options, ILogger logger)
{
    // Hosts built side by side in one process (tests, a second bot in the same service) would each spend seconds of both
    // cores training the same model; the first trains and caches it, the others wait and load it.
    private static readonly ConcurrentDictionary<string, object> TrainingLocks = new(StringComparer.Ordinal);

    public ITransformer LoadOrTrain()
    {
        var cachePath = CachePath(spec.ContentResources.Select(ReadResource));
        if (cachePath is null)
        {
            return Train(cachePath);
        }

        lock (TrainingLocks.GetOrAdd(cachePath, _ => new object()))
        {
            return LoadCached(cachePath) ?? Train(cachePath);
        }
    }

    private ITransformer? LoadCached(string cachePath)
    {
        if (File.Exists(cachePath))
        {
            try
            {
                var cached = mlContext.Model.Load(cachePath, out _);
                LogLoaded(logger, spec.Name, cachePath);
                return cached;
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or FormatException)
            {
                LogUnreadableCache(logger, exception, spec.Name, cachePath);
            }
        }

        return null;
    }

    private ITransformer Train(string? cachePath)
    {
        var started = TimeProvider.System.GetTimestamp();
        var model = TextModelTrainer.Train(mlContext, spec.TrainingRows());
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        LogTrained(logger, spec.Name, elapsed.TotalMilliseconds);

        if (cachePath is not null)
        {
            Save(model, cachePath);
        }

        return model;
    }

    private void Save(ITransformer model, string cachePath)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
            // Write aside and move, so a second process starting at the same time never reads half a file.
            var temporary = $"{cachePath}.{Guid.NewGuid():N}.tmp";
            var schema = mlContext.Data.LoadFromEnumerable(Array.Empty<TextModelInput>()).Schema;
            mlContext.Model.Save(model, schema, temporary);
            File.Move(temporary, cachePath, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only disk costs a retrain next start, nothing more.
            LogCacheNotWritten(logger, exception, spec.Name, cachePath);
        }
    }

    private string? CachePath(IEnumerable<byte[]> contents)
    {
        if (string.IsNullOrWhiteSpace(options.ModelCacheDirectory))
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var content in contents)
        {
            hash.AppendData(content);
        }

        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(TextModelTrainer.PipelineVersion));
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "?"));
        var key = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return Path.Combine(options.ModelCacheDirectory, $"{spec.Name}-model-{key}.zip");
    }

    private static byte[] ReadResource(string resourceName)
    {
        using var stream = EmbeddedContent.Open(resourceName);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Text model {Model} loaded from cache {Path}")]
    private static partial void LogLoaded(ILogger logger, string model, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Text model {Model} trained in {ElapsedMilliseconds:F0} ms")]
    private static partial void LogTrained(ILogger logger, string model, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cached text model {Model} at {Path} could not be read; training instead")]
    private static partial void LogUnreadableCache(ILogger logger, Exception exception, string model, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Text model {Model} could not be cached at {Path}")]
    private static partial void LogCacheNotWritten(ILogger logger, Exception exception, string model, string path);
}
