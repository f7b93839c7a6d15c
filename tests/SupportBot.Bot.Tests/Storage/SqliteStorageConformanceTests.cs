using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class SqliteStorageConformanceTests : SqlStorageConformanceTests, IDisposable
{
    private readonly TempSqliteFile _file = new();
    private readonly SqliteStorage _storage;
    private readonly SqliteStorage _other;

    public SqliteStorageConformanceTests()
    {
        _storage = new SqliteStorage(_file.Path, TimeProvider.System);
        _other = new SqliteStorage(_file.Path, TimeProvider.System);
    }

    private protected override IConditionalStorage Storage => _storage;

    private protected override IConditionalStorage OtherClient => _other;

    public void Dispose()
    {
        _storage.Dispose();
        _other.Dispose();
        _file.Dispose();
    }
}
