namespace SupportBot.Benchmarks;

internal static class Paths
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SupportBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository");
    }

    /// <summary>The Release build of the bot (bench.sh builds it).</summary>
    public static string SupportBotDll(string repo) => Path.Combine(repo, "bot", "bin", "Release", "net10.0", "SupportBot.Bot.dll");
}
