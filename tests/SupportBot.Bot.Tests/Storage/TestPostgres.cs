namespace SupportBot.Bot.Tests.Storage;

/// <summary>
/// The PostgreSQL server the Postgres test classes use, named by SUPPORTBOT_TEST_POSTGRES
/// (build/scripts/ensure-postgres.sh starts one and prints the value). Without it the tests are
/// skipped on a developer machine and fail under CI=true, where skipping would hide a broken setup.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "SUPPORTBOT_TEST_POSTGRES";

    public static string ConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        const string how = $"Run `export {Variable}=\"$(bash build/scripts/ensure-postgres.sh)\"` first.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Variable} is not set, and with CI=true the PostgreSQL storage tests must run. {how}");
        }

        throw new SkipException($"{Variable} is not set, so the PostgreSQL tests are skipped. {how}");
    }
}
