using System.Reflection;

namespace SupportBot.Bot.Console;

/// <summary>
/// The console's script and style files, embedded in the assembly (Chart.js from npm, the console's own script and
/// styles) and served at <c>/admin/assets/{name}</c> behind the console's sign-in, never from the public wwwroot.
/// </summary>
internal sealed class ConsoleAssets
{
    public const string PathPrefix = "/admin/assets/";
    public const string ChartJs = "chart.umd.min.js";
    public const string DashboardJs = "dashboard.js";
    public const string Styles = "console.css";

    private const string ResourcePrefix = "ConsoleAssets/";

    private readonly Dictionary<string, Asset> _assets = new(StringComparer.Ordinal);

    public ConsoleAssets()
    {
        var assembly = typeof(ConsoleAssets).Assembly;
        foreach (var name in new[] { ChartJs, DashboardJs, Styles })
        {
            _assets[name] = new Asset(Read(assembly, ResourcePrefix + name), name.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8");
        }
    }

    public static string UrlOf(string name) => PathPrefix + name;

    public bool TryGet(string name, out Asset asset) => _assets.TryGetValue(name, out asset!);

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The console asset {resource} is not embedded: build the bot project (it installs console-bundle with npm).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public sealed record Asset(byte[] Content, string ContentType);
}
