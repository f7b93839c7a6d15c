using System.Text.RegularExpressions;

namespace SupportBot.Dialogs.Privacy;

/// <summary>The <c>[redacted:…]</c> markers <see cref="SensitiveDataRedactor"/> leaves in stored texts.</summary>
public static partial class RedactionMarkers
{
    public static bool Contains(string text) => Marker().IsMatch(text);

    /// <summary><paramref name="text"/> without its markers: what the person wrote around what was redacted.</summary>
    public static string Remove(string text) => Marker().Replace(text, " ");

    [GeneratedRegex(@"\[redacted:[a-z]+\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
