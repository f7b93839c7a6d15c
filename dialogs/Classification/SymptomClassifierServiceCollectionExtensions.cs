using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Dialogs.Classification;

/// <summary>Registers the symptom classifier and the generic "can't log in" detector.</summary>
public static class SymptomClassifierServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ISymptomClassifier"/> (trained in the background once first resolved) and the
    /// generic-login-problem detector. Bind <see cref="SymptomClassifierOptions"/> to configure the model cache.
    /// </summary>
    public static IServiceCollection AddSymptomClassifier(this IServiceCollection services)
    {
        services.AddOptions<SymptomClassifierOptions>();
        services.AddSingleton(_ => GenericLoginProblemDetector.FromEmbeddedContent());
        services.AddSingleton<ISymptomClassifier>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SymptomClassifierOptions>>().Value;
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ISymptomClassifier).FullName!);
            return new BackgroundTrainedSymptomClassifier(() =>
            {
                var classifier = SymptomClassifierFactory.Create(options, logger);

                // The first classification compiles the scoring code: paid here, not in the first message's turn.
                _ = classifier.Classify("warm-up パスワード");
                return classifier;
            });
        });
        return services;
    }
}
