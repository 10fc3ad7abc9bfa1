using ComplianceEngine.Engine.Configuration;
using Microsoft.Data.Sqlite;

namespace ComplianceEngine.History.Internal;

/// <summary>Deletes runs past the retention settings, with everything that belongs to them. Never the run just recorded.</summary>
internal static class Retention
{
    public static int Apply(SqliteConnection c, SqliteTransaction t, HistorySettings settings, DateTimeOffset now, long keep)
    {
        var deleted = 0;
        if (settings.KeepDays is { } days)
            deleted += Sql.Execute(c, t, "DELETE FROM runs WHERE finished_at < $cutoff AND id <> $keep",
                ("$cutoff", Sql.Time(now.AddDays(-days))), ("$keep", keep));
        if (settings.KeepRuns is { } runs)
            deleted += Sql.Execute(c, t, """
                DELETE FROM runs WHERE id <> $keep AND id IN (
                    SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY scope ORDER BY finished_at DESC, id DESC) AS n FROM runs)
                    WHERE n > $runs)
                """, ("$runs", runs), ("$keep", keep));
        if (deleted == 0)
            return 0;
        foreach (var table in new[] { "run_sources", "rule_counts", "rule_controls", "results" })
            Sql.Execute(c, t, $"DELETE FROM {table} WHERE run NOT IN (SELECT id FROM runs)");
        Sql.Execute(c, t, "DELETE FROM result_keys WHERE id NOT IN (SELECT DISTINCT key FROM results)");
        return deleted;
    }
}
