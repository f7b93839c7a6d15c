namespace SupportBot.Dialogs.Privacy;

/// <summary>What kind of sensitive value a user typed.</summary>
public enum SensitiveKind
{
    /// <summary>A password or passphrase, stated explicitly or looking like one.</summary>
    Password,

    /// <summary>A payment card number (13–19 digits that pass the Luhn check).</summary>
    CardNumber,

    /// <summary>A CVV/CVC, card PIN (暗証番号) or one-time verification code.</summary>
    SecurityCode,

    /// <summary>An email address (personal data, not a secret).</summary>
    EmailAddress,

    /// <summary>A phone number (personal data, not a secret).</summary>
    PhoneNumber,
}
