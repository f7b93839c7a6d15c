using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Dialogs.Classification;

namespace SupportBot.Dialogs.Tests.Classification;

public sealed class TextModelStoreTests : IDisposable
{
    private readonly string _cacheDirectory = Path.Combine(Path.GetTempPath(), "supportbot-model-cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void SecondStartLoadsTheCachedModelAndAnswersTheSame()
    {
        var options = new SymptomClassifierOptions { ModelCacheDirectory = _cacheDirectory };
        using var trained = TextClassifierFactory.Create(TextModels.SymptomSpec, options, NullLogger.Instance);
        var cached = Assert.Single(Directory.GetFiles(_cacheDirectory));
        var writtenAt = File.GetLastWriteTimeUtc(cached);

        using var loaded = TextClassifierFactory.Create(TextModels.SymptomSpec, options, NullLogger.Instance);

        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(Assert.Single(Directory.GetFiles(_cacheDirectory))));
        Assert.Equal(trained.Classify("パスワードを忘れました"), loaded.Classify("パスワードを忘れました"), PredictionComparer.Instance);
    }

    [Fact]
    public void UnreadableCachedModelIsReplacedByAFreshlyTrainedOne()
    {
        var options = new SymptomClassifierOptions { ModelCacheDirectory = _cacheDirectory };
        using (TextClassifierFactory.Create(TextModels.SymptomSpec, options, NullLogger.Instance))
        {
            File.WriteAllText(Assert.Single(Directory.GetFiles(_cacheDirectory)), "not a model");
        }

        using var classifier = TextClassifierFactory.Create(TextModels.SymptomSpec, options, NullLogger.Instance);

        Assert.Equal(SymptomLabels.ForgotPassword, classifier.Classify("パスワードを忘れました").Label);
        Assert.NotEqual("not a model", File.ReadAllText(Assert.Single(Directory.GetFiles(_cacheDirectory))));
    }

    [Fact]
    public async Task ClassifiersBuiltTogetherOnAnEmptyCacheTrainTheModelOnce()
    {
        var options = new SymptomClassifierOptions { ModelCacheDirectory = _cacheDirectory };
        var logger = new TrainingCounter();
        using var start = new Barrier(2);

        var classifiers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return TextClassifierFactory.Create(TextModels.SymptomSpec, options, logger);
        })));

        Assert.Equal(1, logger.Trainings);
        Assert.All(classifiers, classifier => Assert.Equal(SymptomLabels.ForgotPassword, classifier.Classify("パスワードを忘れました").Label));
        foreach (var classifier in classifiers)
        {
            classifier.Dispose();
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_cacheDirectory))
        {
            Directory.Delete(_cacheDirectory, recursive: true);
        }
    }

    /// <summary>Counts the store's "trained" messages (the only ones logged with an elapsed time).</summary>
    private sealed class TrainingCounter : ILogger
    {
        private int _trainings;

        public int Trainings => Volatile.Read(ref _trainings);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> values && values.Any(value => value.Key == "ElapsedMilliseconds"))
            {
                Interlocked.Increment(ref _trainings);
            }
        }
    }

    private sealed class PredictionComparer : IEqualityComparer<Prediction>
    {
        public static readonly PredictionComparer Instance = new();

        public bool Equals(Prediction? x, Prediction? y) =>
            x is not null && y is not null && x.Label == y.Label && Math.Abs(x.Confidence - y.Confidence) < 1e-6;

        public int GetHashCode(Prediction obj) => obj.Label.GetHashCode(StringComparison.Ordinal);
    }
}
