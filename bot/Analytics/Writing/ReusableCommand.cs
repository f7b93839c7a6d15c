using System.Data;
using System.Data.Common;

namespace SupportBot.Bot.Analytics.Writing;

/// <summary>
/// One SQL statement executed many times in a transaction with new values: prepared once, its parameters made once,
/// so a batch of facts does not parse the same INSERT hundreds of times.
/// </summary>
internal sealed class ReusableCommand : IAsyncDisposable
{
    private readonly DbCommand _command;

    public ReusableCommand(DbConnection connection, DbTransaction transaction, string sql, params (string Name, DbType Type)[] parameters)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameter.Value = DBNull.Value;
            _command.Parameters.Add(parameter);
        }
    }

    public ReusableCommand Set(string name, object? value)
    {
        _command.Parameters[name].Value = value ?? DBNull.Value;
        return this;
    }

    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => _command.ExecuteNonQueryAsync(cancellationToken);

    public Task<DbDataReader> ReadAsync(CancellationToken cancellationToken) => _command.ExecuteReaderAsync(cancellationToken);

    public ValueTask DisposeAsync() => _command.DisposeAsync();
}
