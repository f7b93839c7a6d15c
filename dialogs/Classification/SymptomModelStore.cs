using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.ML;

namespace SupportBot.Dialogs.Classification;

/// <summary>
/// Gives a trained model: loaded from the cache directory when one trained on exactly this data,
/// pipeline and ML.NET version is there, otherwise trained from the embedded data (and cached).
/// </summary>
internal sealed partial class SymptomModelStore(MLContext mlContext, SymptomClassifierOptions options, ILogger logger)
{
    public ITransformer LoadOrTrain()
    {
        var trainingBytes = ReadResource(LabelledUtteranceFile.TrainingResource);
        var genericBytes = ReadResource(GenericLoginContent.Resource);
        var cachePath = CachePath(trainingBytes, genericBytes);
        if (cachePath is not null && File.Exists(cachePath))
        {
            try
            {
                var cached = mlContext.Model.Load(cachePath, out _);
                LogLoaded(logger, cachePath);
                return cached;
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or FormatException)
            {
                LogUnreadableCache(logger, exception, cachePath);
            }
        }

        var started = TimeProvider.System.GetTimestamp();
        var model = SymptomModelTrainer.Train(
            mlContext,
            LabelledUtteranceFile.Read(new StreamReader(new MemoryStream(trainingBytes))),
            GenericLoginContent.LoadEmbedded().Examples);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        LogTrained(logger, elapsed.TotalMilliseconds);

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
            var schema = mlContext.Data.LoadFromEnumerable(Array.Empty<SymptomModelInput>()).Schema;
            mlContext.Model.Save(model, schema, temporary);
            File.Move(temporary, cachePath, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only disk costs a retrain next start, nothing more.
            LogCacheNotWritten(logger, exception, cachePath);
        }
    }

    private string? CachePath(byte[] trainingBytes, byte[] genericBytes)
    {
        if (string.IsNullOrWhiteSpace(options.ModelCacheDirectory))
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(trainingBytes);
        hash.AppendData(genericBytes);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(SymptomModelTrainer.PipelineVersion));
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes(typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "?"));
        var key = Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
        return Path.Combine(options.ModelCacheDirectory, $"symptom-model-{key}.zip");
    }

    private static byte[] ReadResource(string resourceName)
    {
        using var stream = EmbeddedContent.Open(resourceName);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Symptom model loaded from cache {Path}")]
    private static partial void LogLoaded(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Symptom model trained in {ElapsedMilliseconds:F0} ms")]
    private static partial void LogTrained(ILogger logger, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cached symptom model {Path} could not be read; training instead")]
    private static partial void LogUnreadableCache(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Symptom model could not be cached at {Path}")]
    private static partial void LogCacheNotWritten(ILogger logger, Exception exception, string path);
}
