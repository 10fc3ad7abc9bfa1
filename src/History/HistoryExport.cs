using System.Text;
using System.Text.Json;
using ComplianceEngine.History.Internal.Transfer;

namespace ComplianceEngine.History;

/// <summary>
/// Moves runs between stores (SQLite ↔ PostgreSQL) through a JSON Lines file, gzip-compressed when its name ends in
/// .gz: a header line; then per run a <c>{"run": …}</c> line, one line per result
/// <c>[rule, resource key, display name, outcome, severity]</c> and a closing <c>{"end": run id, "results": N}</c>.
/// Streamed both ways, so a run of a million results never sits in memory. Runs are written oldest first and imported
/// under their own ids: importing a file twice, or into a store that already has some of its runs, adds only the
/// missing ones.
/// </summary>
public static class HistoryExport
{
    /// <summary>Writes every run of <paramref name="store"/>, oldest first; returns how many.</summary>
    public static int Write(HistoryStore store, string file, string toolVersion, CancellationToken cancellation = default)
    {
        var runs = store.AllRuns().OrderBy(r => r.FinishedAt).ThenBy(r => r.RunId, StringComparer.Ordinal).ToList();
        using var output = ExportFile.Open(file, write: true);
        using var writer = new StreamWriter(output, new UTF8Encoding(false));
        writer.WriteLine(JsonSerializer.Serialize(new ExportFile.Header(ExportFile.Format, ExportFile.Version, DateTimeOffset.UtcNow, toolVersion, runs.Count), ExportFile.Json));
        foreach (var run in runs)
        {
            cancellation.ThrowIfCancellationRequested();
            writer.WriteLine(JsonSerializer.Serialize(new ExportFile.RunLine(store.RecordOf(run)), ExportFile.Json));
            var count = 0;
            foreach (var r in store.Results(run))
            {
                writer.WriteLine(JsonSerializer.Serialize(new object[] { r.RuleId, r.ResourceKey, r.DisplayName, r.Outcome, r.Severity }, ExportFile.Json));
                count++;
            }
            writer.WriteLine(JsonSerializer.Serialize(new ExportFile.EndLine(run.RunId, count), ExportFile.Json));
        }
        return runs.Count;
    }

    /// <summary>Imports every run of an export file the store does not have yet, oldest first, each in its own transaction.</summary>
    public static ImportCounts Read(HistoryStore store, string file, CancellationToken cancellation = default)
    {
        using var input = ExportFile.Open(file, write: false);
        using var reader = new ExportReader(file, new StreamReader(input, Encoding.UTF8));
        int imported = 0, skipped = 0;
        while (reader.NextRun() is { } run)
        {
            cancellation.ThrowIfCancellationRequested();
            var results = reader.Results(run.RunId);
            if (store.Import(run, results, cancellation))
                imported++;
            else
                skipped++;
            reader.SkipRest(run.RunId);
        }
        return new ImportCounts(imported, skipped);
    }
}

/// <summary>What an import did: runs added, and runs left alone because the store already had them.</summary>
public sealed record ImportCounts(int Imported, int AlreadyPresent);
