namespace SupportBot.Dialogs.Privacy;

/// <summary>What the redactor leaves alone.</summary>
public sealed class RedactionOptions
{
    /// <summary>
    /// Phone numbers that are public and never redacted, compared by their digits: the
    /// customer-service numbers the bot itself gives out (so a transcript or log line of the
    /// bot's handoff card keeps them). Default: none.
    /// </summary>
    public IReadOnlyCollection<string> PublicPhoneNumbers { get; init; } = [];
}
