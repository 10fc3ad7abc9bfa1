using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>One incomplete scope of a source, said once: where, which datasets, why, and what it cost.</summary>
internal static class HtmlMissingData
{
    /// <param name="only">The datasets a rule reads: the others are left out, and so is what the scope cost other rules.</param>
    public static void Write(HtmlWriter html, IncompleteScope scope, ReportText t, IReadOnlyCollection<string>? only = null)
    {
        html.Open("div").Element("strong", Describe(scope, t)).Text(": ");
        var datasets = only is null ? scope.Datasets : scope.Datasets.Where(only.Contains).ToList();
        if (scope.IsWhole && scope.Source.Status == CollectionState.Failed)
            html.Text(t.AllDatasets);
        else
        {
            for (var i = 0; i < datasets.Count; i++)
                html.Text(i == 0 ? "" : ", ").Element("code", datasets[i]);
        }
        html.Text(" — " + scope.Reason);
        var notes = new List<string>();
        if (only is null && scope.ErrorRules.Count > 0)
            notes.Add(t.Format(t.RulesInError, scope.ErrorRules.Count));
        if (scope.OtherScopesComplete is { } others)
            notes.Add(t.Format(t.OthersComplete, others, t.ScopeKinds.GetValueOrDefault(scope.Kind, scope.Kind)));
        if (notes.Count > 0)
            html.Text(" ").Element("span", $"({string.Join("; ", notes)})", "muted");
        html.Close("div");
    }

    /// <summary>Whether a rule reading these datasets is affected by the scope.</summary>
    public static bool Touches(IncompleteScope scope, IReadOnlyCollection<string> datasets) =>
        scope.Datasets.Any(datasets.Contains);

    private static string Describe(IncompleteScope scope, ReportText t)
    {
        if (scope.IsWhole)
            return t.ScopeKinds[scope.Source.Status == CollectionState.Failed || scope.Datasets.Count == 0 ? "source" : "dataset"];
        if (scope.IsItems)
        {
            var more = scope.ItemCount > scope.Items.Count ? ", …" : "";
            return $"{t.Format(t.ItemCount, scope.ItemCount)} ({string.Join(", ", scope.Items)}{more})";
        }
        var kind = t.ScopeKinds.GetValueOrDefault(scope.Kind, scope.Kind);
        var id = DataScope.IdOf(scope.Scope!);
        return scope.ScopeName is null ? $"{kind} {id}" : $"{kind} {scope.ScopeName} ({id})";
    }
}
