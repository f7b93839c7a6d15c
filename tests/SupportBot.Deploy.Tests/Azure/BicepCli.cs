namespace SupportBot.Deploy.Tests.Azure;

/// <summary>The Bicep CLI restored from NuGet by this project's build.</summary>
internal static class BicepCli
{
    public static Task<ProcessResult> RunAsync(
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment,
        params string[] arguments)
    {
        var executable = BuildSettings.BicepExecutable;
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException(
                "The Bicep CLI is missing: restore tests/SupportBot.Deploy.Tests (PackageDownload).",
                executable);
        }

        EnsureExecutable(executable);
        return ProcessRunner.RunAsync(executable, arguments, workingDirectory, environment);
    }

    // NuGet extraction does not promise to keep the package's execute bit.
    // The package is linux-x64 only; the guard keeps the platform analyzer informed.
    private static void EnsureExecutable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }
    }
}
