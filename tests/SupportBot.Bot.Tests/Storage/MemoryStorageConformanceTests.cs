using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class MemoryStorageConformanceTests : StorageConformanceTests, IDisposable
{
    private readonly SynchronizedMemoryStorage _storage = new();

    private protected override IConditionalStorage Storage => _storage;

    // Memory cannot be shared between processes; one client stands for both.
    private protected override IConditionalStorage OtherClient => _storage;

    public void Dispose() => _storage.Dispose();
}
