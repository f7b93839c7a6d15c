namespace SupportBot.Bot.Tests.Review;

/// <summary>The checkout's <c>dialogs/Content</c>, and throwaway copies of it for commands that write into it.</summary>
internal static class ContentFolder
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var content = Path.Combine(directory.FullName, "dialogs", "Content");
            if (File.Exists(Path.Combine(content, "Classifier", "train.jsonl")))
            {
                return content;
            }
        }

        throw new DirectoryNotFoundException("dialogs/Content is not above the test's directory.");
    }

    /// <summary>A copy of the classifier and answer files in a new temporary folder (the caller deletes it).</summary>
    public static string Copy()
    {
        var source = Find();
        var copy = Directory.CreateTempSubdirectory("supportbot-content-").FullName;
        foreach (var folder in new[] { "Classifier", "Answers" })
        {
            Directory.CreateDirectory(Path.Combine(copy, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(source, folder)))
            {
                File.Copy(file, Path.Combine(copy, folder, Path.GetFileName(file)));
            }
        }

        return copy;
    }
}
