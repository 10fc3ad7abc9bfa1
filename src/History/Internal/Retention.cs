using System.Data.Common;
using ComplianceEngine.Engine.Configuration;

namespace ComplianceEngine.History.Internal;

/// <summary>Deletes runs past the retention settings, with everything that belongs to them. Never the run just recorded.
/// Plain SQL both stores run inside the recording transaction.</summary>
internal static class Retention
{
    /// <param name="deleteOrphanKeys">The statement removing result keys no result refers to any more: each engine
    /// plans a different form well (SQLite a NOT IN list, PostgreSQL an anti-join).</param>
    public static int Apply(IRunStore store, DbTransaction t, HistorySettings settings, DateTimeOffset now, long keep, string deleteOrphanKeys)
    {
        var c = store.Connection;
        var deleted = 0;
        if (settings.KeepDays is { } days)
            deleted += Sql.Execute(c, t, "DELETE FROM runs WHERE finished_at < @cutoff AND id <> @keep",
                ("@cutoff", store.Time(now.AddDays(-days))), ("@keep", keep));
        if (settings.KeepRuns is { } runs)
            deleted += Sql.Execute(c, t, """
                DELETE FROM runs WHERE id <> @keep AND id IN (
                    SELECT id FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY scope ORDER BY finished_at DESC, id DESC) AS n FROM runs) AS ranked
                    WHERE n > @runs)
                """, ("@runs", runs), ("@keep", keep));
        if (deleted == 0)
            return 0;
        foreach (var table in new[] { "run_sources", "rule_counts", "rule_controls", "results" })
            Sql.Execute(c, t, $"DELETE FROM {table} WHERE run NOT IN (SELECT id FROM runs)");
        Sql.Execute(c, t, deleteOrphanKeys);
        return deleted;
    }
}
