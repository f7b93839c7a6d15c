namespace SupportBot.Dialogs.Flows.Main;

/// <summary>
/// How the main dialog (re)starts. <c>null</c> options mean a fresh start from whatever the user
/// just said; a <see cref="StartWith"/> label skips the question (redirects, flow switches).
/// </summary>
internal sealed record MainOptions(int Misunderstood = 0, string? StartWith = null, bool KeepCase = false);
