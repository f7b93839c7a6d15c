using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class PostgresStorageConformanceTests : SqlStorageConformanceTests, IDisposable
{
    private readonly PostgresStorage _storage;
    private readonly PostgresStorage _other;

    public PostgresStorageConformanceTests()
    {
        var connectionString = TestPostgres.ConnectionString();
        _storage = new PostgresStorage(connectionString, TimeProvider.System);
        _other = new PostgresStorage(connectionString, TimeProvider.System);
    }

    private protected override IConditionalStorage Storage => _storage;

    private protected override IConditionalStorage OtherClient => _other;

    public void Dispose()
    {
        _storage.Dispose();
        _other.Dispose();
    }
}
