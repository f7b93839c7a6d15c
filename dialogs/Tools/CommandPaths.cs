namespace SupportBot.Dialogs.Tools;

/// <summary>Paths given to the developer commands.</summary>
public static class CommandPaths
{
    /// <summary>
    /// <c>dotnet run --project bot</c> starts the process in bot/, but the user typed the path relative to
    /// their shell's directory: resolve it from there when it does not exist as given.
    /// </summary>
    public static string FromCallerDirectory(string path)
    {
        var callerDirectory = Environment.GetEnvironmentVariable("PWD");
        if (Path.IsPathRooted(path) || File.Exists(path) || string.IsNullOrEmpty(callerDirectory))
        {
            return path;
        }

        var fromCaller = Path.Combine(callerDirectory, path);
        return File.Exists(fromCaller) ? fromCaller : path;
    }

    /// <summary><see cref="FromCallerDirectory"/> for a folder.</summary>
    public static string FromCallerDirectoryOrFolder(string path)
    {
        var callerDirectory = Environment.GetEnvironmentVariable("PWD");
        if (Path.IsPathRooted(path) || Directory.Exists(path) || string.IsNullOrEmpty(callerDirectory))
        {
            return path;
        }

        var fromCaller = Path.Combine(callerDirectory, path);
        return Directory.Exists(fromCaller) ? fromCaller : path;
    }
}
