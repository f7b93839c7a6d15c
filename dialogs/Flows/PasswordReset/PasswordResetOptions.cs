namespace SupportBot.Dialogs.Flows.PasswordReset;

/// <summary>Where to pick the password flow up when it starts over ("show the steps again", "the code came").</summary>
internal sealed record PasswordResetOptions(bool EmailKnown = false, bool StepsShown = false);
