using ComplianceEngine.Engine;
using Microsoft.Data.Sqlite;

namespace ComplianceEngine.History.Internal.Sqlite;

/// <summary>What a file must be before the store writes to it: empty (a new store) or a history store, and undamaged.</summary>
internal static class SqliteSchemaCheck
{
    public static void EnsureIsHistoryOrEmpty(SqliteConnection connection, string path)
    {
        var tables = Convert.ToInt64(Sql.Scalar(connection, null, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"), System.Globalization.CultureInfo.InvariantCulture);
        if (tables == 0)
            return;
        var isHistory = Convert.ToInt64(Sql.Scalar(connection, null,
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"), System.Globalization.CultureInfo.InvariantCulture) == 1
            && Sql.Scalar(connection, null, "SELECT value FROM meta WHERE key = 'schemaVersion'") is not null and not DBNull;
        if (!isHistory)
            throw new InputException(path, null, null,
                $"this SQLite database is not a run history ({tables} table(s) of something else); it was left untouched — name another file with --history");
    }

    public static void EnsureIntact(SqliteConnection connection, string path)
    {
        var problems = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA quick_check(5)";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                problems.Add(reader.GetString(0));
        }
        if (problems is not ["ok"])
            throw new InputException(path, null, null,
                $"the run history is damaged ({string.Join("; ", problems)}); restore it from a backup or move it aside to start a new one");
    }
}
