namespace SupportBot.Bot.Storage;

/// <summary>
/// The store cannot be written (a read-only data directory or database file, a directory that cannot
/// be created, a database that refuses writes). The message is one line for the operator: the path,
/// and the permission that is missing.
/// </summary>
internal sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
