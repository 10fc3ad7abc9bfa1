using ComplianceEngine.Engine.Evaluation;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// The summary's "Missing data" block: each incomplete scope of each source once, with the datasets missing in it,
/// one reason, how many rules could not decide because of it and how much of the same kind was read in full.
/// </summary>
internal static class MissingData
{
    public static void Write(TextWriter o, IReadOnlyList<IncompleteScope> missing)
    {
        if (missing.Count == 0)
            return;
        o.WriteLine("Missing data:");
        foreach (var scope in missing)
            o.WriteLine($"  {TerminalText.Escape(Line(scope))}");
        o.WriteLine();
    }

    public static string Line(IncompleteScope scope)
    {
        var line = $"{scope.Source.Id} — {scope.Describe()}: {scope.DescribeDatasets()} ({scope.Reason})";
        if (scope.ErrorRules.Count > 0)
            line += $"; {Rules(scope.ErrorRules)} Error for {(scope.IsItems ? "these items" : scope.IsWhole ? "this source" : "its resources")}";
        if (scope.OtherScopesComplete is { } others)
            line += $"; {others} other {Plural(scope.Kind, others)} complete";
        return line;
    }

    private static string Rules(IReadOnlyList<string> ids) =>
        ids.Count <= 3 ? $"{Plural("rule", ids.Count)} {string.Join(", ", ids)}" : $"{ids.Count} rules";

    private static string Plural(string noun, int count) => count == 1 ? noun : $"{noun}s";
}
