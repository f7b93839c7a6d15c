using System.Net;
using System.Text.RegularExpressions;

namespace SupportBot.Bot.Tests.Console.Pages;

/// <summary>The figures a console page shows as text, by their <c>data-figure</c> name (what a screen reader reads, too).</summary>
public static partial class PageFigures
{
    public static Dictionary<string, string> Read(string html) =>
        Figure().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value).Trim());

    /// <summary>The decoded values of <paramref name="attribute"/> on the page, in order.</summary>
    public static List<string> Attributes(string html, string attribute) =>
        [.. Regex.Matches(html, attribute + "=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("""data-figure="(?<name>[^"]+)"[^>]*>(?<value>[^<]*)<""")]
    private static partial Regex Figure();
}
