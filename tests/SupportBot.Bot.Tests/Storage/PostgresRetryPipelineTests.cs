using Npgsql;
using SupportBot.Bot.Storage;

namespace SupportBot.Bot.Tests.Storage;

public sealed class PostgresRetryPipelineTests
{
    [Fact]
    public async Task TransientFailuresAreRetriedUntilTheDatabaseAnswers()
    {
        var attempts = 0;

        var result = await PostgresStorage.CreatePipeline(TimeProvider.System).ExecuteAsync(_ =>
        {
            // Npgsql marks failures caused by I/O, such as a dropped connection, as transient.
            return ++attempts < 3 ? throw new NpgsqlException("connection reset", new IOException()) : ValueTask.FromResult("answered");
        });

        Assert.Equal("answered", result);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task AnETagConflictIsNotRetried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<ETagConflictException>(async () =>
            await PostgresStorage.CreatePipeline(TimeProvider.System).ExecuteAsync(_ =>
            {
                attempts++;
                throw new ETagConflictException();
            }));

        Assert.Equal(1, attempts);
    }
}
