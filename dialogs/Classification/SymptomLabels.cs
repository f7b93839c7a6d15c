namespace SupportBot.Dialogs.Classification;

/// <summary>The symptom labels the classifier predicts; the strings are part of the data files and traces.</summary>
public static class SymptomLabels
{
    public const string ForgotPassword = "forgot_password";
    public const string ForgotEmail = "forgot_email";
    public const string CacheCookie = "cache_cookie";
    public const string AccountHijack = "account_hijack";
    public const string HumanAgent = "human_agent";
    public const string OutOfScope = "out_of_scope";

    /// <summary>Every label, in a stable order (the order of reports and confusion matrices).</summary>
    public static IReadOnlyList<string> All { get; } =
        [ForgotPassword, ForgotEmail, CacheCookie, AccountHijack, HumanAgent, OutOfScope];
}
