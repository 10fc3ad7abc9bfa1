using System.Security.Cryptography;
using System.Text;

namespace ComplianceEngine.Reports.Internal.Worklist;

/// <summary>
/// File names of the per-source worklists (<c>--split-by source</c>): <c>remediation-&lt;source id&gt;.csv</c> with every
/// character outside <c>[A-Za-z0-9._-]</c> replaced by <c>_</c>, at most 80 characters of it; where two sources would
/// get the same name (case-insensitively), each of them gets the first 8 hex digits of its id's SHA-256 appended.
/// Deterministic: the same sources give the same names in every run.
/// </summary>
internal static class WorklistFileNames
{
    public const string Prefix = "remediation-";
    public const string Extension = ".csv";
    private const int MaxStem = 80;

    public static IReadOnlyDictionary<string, string> For(IEnumerable<string> sourceIds)
    {
        var ids = sourceIds.Distinct(StringComparer.Ordinal).ToList();
        var stems = ids.ToDictionary(id => id, Stem, StringComparer.Ordinal);
        var clashing = stems.GroupBy(p => p.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(p => p.Key)).ToHashSet(StringComparer.Ordinal);
        return ids.ToDictionary(id => id,
            id => Prefix + stems[id] + (clashing.Contains(id) ? "-" + Hash(id) : string.Empty) + Extension, StringComparer.Ordinal);
    }

    /// <summary>Whether a file in the output folder is a per-source worklist (of this run or an earlier one).</summary>
    public static bool IsWorklist(string fileName) =>
        fileName.StartsWith(Prefix, StringComparison.Ordinal) && fileName.EndsWith(Extension, StringComparison.Ordinal)
        && fileName.Length > Prefix.Length + Extension.Length && fileName[Prefix.Length..^Extension.Length].All(IsSafe);

    private static string Stem(string id)
    {
        var stem = new StringBuilder(Math.Min(id.Length, MaxStem));
        foreach (var c in id.Take(MaxStem))
            stem.Append(IsSafe(c) ? c : '_');
        return stem.Length == 0 ? "_" : stem.ToString();
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    private static string Hash(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..8];
}
