namespace SupportBot.Bot.Storage;

/// <summary>
/// Before SQLite opens its file: the data directory exists (or can be made) and this process can
/// create files in it (SQLite writes its WAL and shared-memory files beside the database) and
/// write the database file. Each failure is a <see cref="StorageUnavailableException"/> naming the
/// path and the permission; SQLite's own error ("unable to open database file") names neither.
/// </summary>
internal static class DataDirectoryCheck
{
    public static void EnsureUsable(string databaseFile)
    {
        var directory = Path.GetDirectoryName(databaseFile)!;
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StorageUnavailableException(
                $"Storage:DataDirectory '{directory}' does not exist and cannot be created: {e.Message} (write permission on its parent is needed).", e);
        }

        var probe = Path.Combine(directory, $".supportbot-write-probe-{Environment.ProcessId}");
        try
        {
            using var _ = new FileStream(probe, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StorageUnavailableException(
                $"Storage:DataDirectory '{directory}' is not writable (mode {ModeOf(directory)}): this process needs write and execute permission on it to keep the SQLite database and its journal there.", e);
        }

        foreach (var file in new[] { databaseFile, databaseFile + "-wal", databaseFile + "-shm" }.Where(File.Exists))
        {
            try
            {
                using var _ = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                throw new StorageUnavailableException(
                    $"The SQLite database file '{file}' is not writable (mode {ModeOf(file)}): this process needs read and write permission on it.", e);
            }
        }
    }

    private static string ModeOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return "unknown";
        }

        try
        {
            var mode = File.GetUnixFileMode(path);
            return new string(
            [
                mode.HasFlag(UnixFileMode.UserRead) ? 'r' : '-', mode.HasFlag(UnixFileMode.UserWrite) ? 'w' : '-', mode.HasFlag(UnixFileMode.UserExecute) ? 'x' : '-',
                mode.HasFlag(UnixFileMode.GroupRead) ? 'r' : '-', mode.HasFlag(UnixFileMode.GroupWrite) ? 'w' : '-', mode.HasFlag(UnixFileMode.GroupExecute) ? 'x' : '-',
                mode.HasFlag(UnixFileMode.OtherRead) ? 'r' : '-', mode.HasFlag(UnixFileMode.OtherWrite) ? 'w' : '-', mode.HasFlag(UnixFileMode.OtherExecute) ? 'x' : '-',
            ]);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return "unknown";
        }
    }
}
