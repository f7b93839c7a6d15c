namespace SupportBot.Dialogs.Tests.Engine.Samples;

/// <summary>Test-only texts of the sample flow.</summary>
internal static class SampleTexts
{
    public const string AskName = "お名前は？";
    public const string AskConfirm = "よろしいですか？";
    public const string RetryConfirm = "「はい」か「いいえ」でお答えください。";
    public const string AskMethod = "どの方法にしますか？";
    public const string RetryMethod = "番号で選んでください。";
    public const string Help = "HELP";
    public const string Cancelled = "CANCELLED";
    public const string Agent = "AGENT";
    public const string GaveUp = "GAVE UP";
    public const string Declined = "DECLINED";
    public const string Sorry = "SORRY, LET'S START AGAIN";

    public static readonly string[] Methods = ["メール", "電話", "SMS"];

    public static string Chosen(string name, string method) => $"{name}: {method}";
}
