using Microsoft.Data.Sqlite;

namespace ComplianceEngine.History.Internal.Sqlite;

/// <summary>
/// The tables. Results are compact: a (rule, resource) pair is interned once in <c>result_keys</c>, and each
/// run stores (run, key, outcome, severity) as small integers in a table without rowids, passes included.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY,
            run_id TEXT NOT NULL UNIQUE,
            scope TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            collected_at TEXT,
            organization TEXT,
            complete INTEGER NOT NULL,
            exit_code INTEGER NOT NULL,
            tool_version TEXT NOT NULL,
            config_path TEXT,
            config_sha256 TEXT NOT NULL,
            snapshot_path TEXT,
            snapshot_sha256 TEXT NOT NULL,
            pass INTEGER NOT NULL, fail INTEGER NOT NULL, waived INTEGER NOT NULL,
            not_applicable INTEGER NOT NULL, error INTEGER NOT NULL,
            new_failures INTEGER, regressions INTEGER, resolved INTEGER);
        CREATE INDEX IF NOT EXISTS runs_by_scope ON runs (scope, finished_at);
        CREATE INDEX IF NOT EXISTS runs_by_time ON runs (finished_at);
        CREATE TABLE IF NOT EXISTS run_sources (
            run INTEGER NOT NULL, source_id TEXT NOT NULL, provider TEXT NOT NULL, status TEXT NOT NULL, reason TEXT,
            PRIMARY KEY (run, source_id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS rule_counts (
            run INTEGER NOT NULL, rule_id TEXT NOT NULL, severity INTEGER NOT NULL,
            pass INTEGER NOT NULL, fail INTEGER NOT NULL, waived INTEGER NOT NULL, not_applicable INTEGER NOT NULL, error INTEGER NOT NULL,
            PRIMARY KEY (run, rule_id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS rule_controls (
            run INTEGER NOT NULL, rule_id TEXT NOT NULL, framework TEXT NOT NULL, control_id TEXT NOT NULL,
            PRIMARY KEY (run, rule_id, framework, control_id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS result_keys (
            id INTEGER PRIMARY KEY, rule_id TEXT NOT NULL, resource_key TEXT NOT NULL, display_name TEXT NOT NULL,
            UNIQUE (rule_id, resource_key));
        CREATE TABLE IF NOT EXISTS results (
            run INTEGER NOT NULL, key INTEGER NOT NULL, outcome INTEGER NOT NULL, severity INTEGER NOT NULL,
            PRIMARY KEY (run, key)) WITHOUT ROWID;
        INSERT INTO meta (key, value) VALUES ('schemaVersion', '1') ON CONFLICT (key) DO NOTHING;
        """;

    /// <summary>Creates the tables if they are not there; returns the schema version the file carries.</summary>
    public static int Ensure(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        Sql.Execute(connection, transaction, Ddl);
        var version = Convert.ToInt32(Sql.Scalar(connection, transaction, "SELECT value FROM meta WHERE key = 'schemaVersion'"), System.Globalization.CultureInfo.InvariantCulture);
        transaction.Commit();
        return version;
    }
}
