namespace SupportBot.Dialogs.Privacy;

public static class SensitiveKindExtensions
{
    /// <summary>
    /// True for what the bot warns the user never to share (passwords, card numbers, security
    /// codes). Email addresses and phone numbers are personal data: redacted in records, but a
    /// user giving them is not told off, since support may legitimately talk about them.
    /// </summary>
    public static bool IsSecret(this SensitiveKind kind) =>
        kind is SensitiveKind.Password or SensitiveKind.CardNumber or SensitiveKind.SecurityCode;
}
