using System.Globalization;
using System.Text;
using SupportBot.Benchmarks.Load;

namespace SupportBot.Benchmarks.Report;

/// <summary>An SVG of throughput and p99 latency, side by side, for each bot of an end-to-end run.</summary>
internal static class Chart
{
    private static readonly string[] Colours = ["#2b6cb0", "#dd6b20", "#718096", "#38a169"];

    public static string Svg(IReadOnlyList<LoadResult> results, string caption)
    {
        const int width = 980, rowHeight = 34, labelWidth = 380, panelWidth = 260, top = 56;
        var height = top + (results.Count * rowHeight) + 40;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="13">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{width}" height="{height}" fill="white"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="10" y="20" font-size="15" font-weight="bold">{Escape(caption)}</text>""");
        Panel(svg, results, "turns/s (higher is better)", r => r.TurnsPerSecond, labelWidth, panelWidth, top, rowHeight, "F0");
        Panel(svg, results, "p99 latency, ms (lower is better)", r => r.P99Ms, labelWidth + panelWidth + 40, panelWidth, top, rowHeight, "F1");
        for (var i = 0; i < results.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="10" y="{top + (i * rowHeight) + 21}">{Escape(results[i].Name)}</text>""");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Panel(StringBuilder svg, IReadOnlyList<LoadResult> results, string title, Func<LoadResult, double> value,
        int x, int width, int top, int rowHeight, string format)
    {
        var max = Math.Max(results.Max(value), 1e-9);
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x}" y="{top - 10}" font-weight="bold">{Escape(title)}</text>""");
        for (var i = 0; i < results.Count; i++)
        {
            var v = value(results[i]);
            var w = Math.Max(1, v / max * (width - 70));
            var y = top + (i * rowHeight) + 6;
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="{y}" width="{w:F1}" height="20" fill="{Colours[i % Colours.Length]}"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + w + 5:F1}" y="{y + 15}">{v.ToString(format, CultureInfo.InvariantCulture)}</text>""");
        }
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
