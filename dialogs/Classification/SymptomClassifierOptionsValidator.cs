using Microsoft.Extensions.Options;

namespace SupportBot.Dialogs.Classification;

/// <summary>Checks <see cref="SymptomClassifierOptions"/> when the host starts, naming the setting that is wrong.</summary>
internal sealed class SymptomClassifierOptionsValidator : IValidateOptions<SymptomClassifierOptions>
{
    public ValidateOptionsResult Validate(string? name, SymptomClassifierOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.ModelCacheDirectory;
        if (string.IsNullOrEmpty(directory))
        {
            return ValidateOptionsResult.Success;
        }

        // A relative path would move with the working directory: the cache would be missed, or written somewhere unexpected.
        return directory.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || !Path.IsPathFullyQualified(directory)
            ? ValidateOptionsResult.Fail($"{SymptomClassifierOptions.SectionName}:{nameof(SymptomClassifierOptions.ModelCacheDirectory)} must be an absolute directory path (or empty to disable the cache); it is '{directory}'.")
            : ValidateOptionsResult.Success;
    }
}
