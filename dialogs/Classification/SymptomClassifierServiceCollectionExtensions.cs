using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SupportBot.Dialogs.Classification;

/// <summary>Registers the text classifiers and the generic "can't log in" detector.</summary>
public static class SymptomClassifierServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="ITextClassifier"/> models, keyed <see cref="TextModels.Symptom"/> and
    /// <see cref="TextModels.Answer"/> (each trained in the background once first resolved), and the
    /// generic-login-problem detector. Bind <see cref="SymptomClassifierOptions"/> to configure the model cache.
    /// </summary>
    public static IServiceCollection AddSymptomClassifier(this IServiceCollection services)
    {
        services.AddOptions<SymptomClassifierOptions>();
        services.AddSingleton(_ => GenericLoginProblemDetector.FromEmbeddedContent());
        AddModel(services, TextModels.SymptomSpec, "warm-up パスワード");
        AddModel(services, TextModels.AnswerSpec, "warm-up はい");
        return services;
    }

    private static void AddModel(IServiceCollection services, TextModelSpec spec, string warmUpText) =>
        services.AddKeyedSingleton<ITextClassifier>(spec.Name, (provider, _) =>
        {
            var options = provider.GetRequiredService<IOptions<SymptomClassifierOptions>>().Value;
            var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ITextClassifier).FullName!);
            return new BackgroundTrainedClassifier(() =>
            {
                var classifier = TextClassifierFactory.Create(spec, options, logger);

                // The first classification compiles the scoring code: paid here, not in the first message's turn.
                _ = classifier.Classify(warmUpText);
                return classifier;
            });
        });
}
