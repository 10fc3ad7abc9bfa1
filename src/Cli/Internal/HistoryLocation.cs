using System.CommandLine;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.History;

namespace ComplianceEngine.Cli.Internal;

/// <summary>Where the run history is: --history, else rules.json's history.path, else ./compliance-history.db.</summary>
internal static class HistoryLocation
{
    public static Option<FileInfo?> Option() => new("--history")
    {
        Description = $"The run history (SQLite). Default: history.path in rules.json, else ./{HistoryStore.DefaultFileName}.",
    };

    public static string PathFor(FileInfo? given, ComplianceConfig config) =>
        given?.FullName ?? config.History.Path ?? Path.GetFullPath(HistoryStore.DefaultFileName);

    public static HistoryStore Open(FileInfo? given, ComplianceConfig config) => HistoryStore.Open(PathFor(given, config), config.History);

    /// <summary>For commands that only read: a missing file is an error, not a new empty store.</summary>
    public static HistoryStore OpenExisting(FileInfo? given, ComplianceConfig config)
    {
        var path = PathFor(given, config);
        if (!File.Exists(path))
            throw new Engine.InputException(path, null, null, "no run history here; run a scan first, or name the file with --history or history.path in rules.json");
        return HistoryStore.Open(path, config.History);
    }
}
