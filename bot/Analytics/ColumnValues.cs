using System.Data.Common;
using System.Globalization;

namespace SupportBot.Bot.Analytics;

/// <summary>Reading the facts' columns the same way on SQLite and PostgreSQL.</summary>
internal static class ColumnValues
{
    /// <summary>A text column that may be NULL.</summary>
    public static string? Text(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    /// <summary>An integer column: SQLite gives 64-bit integers, PostgreSQL <c>COUNT(*)</c> and <c>SUM</c> a bigint or numeric.</summary>
    public static int Int(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
