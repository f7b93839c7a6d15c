using System.Text.RegularExpressions;

namespace SupportBot.Deploy.Tests.Container;

/// <summary>deploy/container/Dockerfile as a list of instructions (continuations joined, comments dropped).</summary>
internal sealed partial class Dockerfile(IReadOnlyList<(string Keyword, string Arguments)> instructions)
{
    public IReadOnlyList<(string Keyword, string Arguments)> Instructions { get; } = instructions;

    public IEnumerable<string> All(string keyword) =>
        Instructions.Where(i => i.Keyword == keyword).Select(i => i.Arguments);

    /// <summary>Instructions of the last stage, the one that becomes the image.</summary>
    public IEnumerable<(string Keyword, string Arguments)> FinalStage() =>
        Instructions.Skip(Instructions.ToList().FindLastIndex(i => i.Keyword == "FROM"));

    public static Dockerfile Load()
    {
        var text = File.ReadAllText(BuildSettings.InRepository("deploy", "container", "Dockerfile"));
        var lines = text.Split('\n').Where(line => !line.TrimStart().StartsWith('#'));
        var joined = Continuation().Replace(string.Join('\n', lines), " ");
        var instructions = joined.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .Select(line => line.Split(' ', 2))
            .Select(parts => (parts[0].ToUpperInvariant(), parts.Length > 1 ? parts[1].Trim() : ""))
            .ToList();
        return new Dockerfile(instructions);
    }

    [GeneratedRegex(@"\\\s*\n")]
    private static partial Regex Continuation();
}
