using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>
/// Builds <see cref="EvaluationResult.IncompleteScopes"/>: the gaps of every source grouped per scope (items per
/// dataset), then the rules whose Error results stand for each, in one pass over the gaps and one over the Error results.
/// </summary>
internal static class IncompleteScopeBuilder
{
    public static IReadOnlyList<IncompleteScope> Build(EvaluationResult result)
    {
        var groups = new Dictionary<(string Source, string Key), ScopeGroup>();
        var items = new Dictionary<(string Source, string Item), List<ScopeGroup>>();
        var required = result.Rules.SelectMany(r => r.Descriptor.RequiredData).ToHashSet(StringComparer.Ordinal);
        foreach (var source in result.Snapshot.Sources)
            AddGaps(source, required, groups, items);
        if (groups.Count == 0)
            return [];

        foreach (var rule in result.Rules)
            AttributeErrors(rule, groups, items);
        var names = new ScopeNames(result.Snapshot, groups.Values);
        return groups.Values
            .OrderBy(g => g.Source.Id, StringComparer.Ordinal)
            .ThenBy(g => g.Scope ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(g => g.ItemDataset ?? string.Empty, StringComparer.Ordinal)
            .Select(g => g.ToScope(names))
            .ToList();
    }

    private static void AddGaps(SourceStatus source, HashSet<string> required,
        Dictionary<(string, string), ScopeGroup> groups, Dictionary<(string, string), List<ScopeGroup>> items)
    {
        if (source.Status == CollectionState.Failed)
        {
            var all = source.Datasets.Count > 0 ? source.Datasets.Select(d => d.Name) : Datasets.Of(source.Provider);
            var group = groups[(source.Id, string.Empty)] = new ScopeGroup(source, null, null);
            foreach (var dataset in all)
                group.Add(new DataGap(source, dataset, null, CollectionState.Failed, source.Reason ?? "no reason recorded", string.Empty));
            return;
        }
        var listed = source.Datasets.Select(d => d.Name);
        var unlisted = required.Where(d => Datasets.ProviderOf(d) == source.Provider && source.Datasets.All(l => l.Name != d));
        var before = groups.Count;
        foreach (var dataset in listed.Concat(unlisted.Order(StringComparer.Ordinal)))
        {
            foreach (var gap in source.GapsIn(dataset))
            {
                var item = gap.Scope is not null && DataScope.IsItem(gap.Scope);
                var key = item ? $"{DataScope.ItemKind}\n{dataset}" : gap.Scope ?? string.Empty;
                if (!groups.TryGetValue((source.Id, key), out var group))
                    groups[(source.Id, key)] = group = new ScopeGroup(source, item ? DataScope.ItemKind : gap.Scope, item ? dataset : null);
                group.Add(gap);
                if (!item)
                    continue;
                if (!items.TryGetValue((source.Id, gap.Scope!), out var holders))
                    items[(source.Id, gap.Scope!)] = holders = [];
                if (!holders.Contains(group))
                    holders.Add(group);
            }
        }
        // A source marked incomplete although each of its datasets is complete: say so, with the source's reason.
        if (groups.Count == before && source.Status != CollectionState.Complete)
            groups[(source.Id, string.Empty)] = new ScopeGroup(source, null, null) { SourceReason = source.Reason ?? "no reason recorded" };
    }

    /// <summary>
    /// A scope-level Error names its source and scope; an Error on one fact stands for that item, or — for a rule that
    /// decides from many facts — for the item gaps of its source in the data the rule reads.
    /// </summary>
    private static void AttributeErrors(RuleEvaluation rule, Dictionary<(string, string), ScopeGroup> groups,
        Dictionary<(string, string), List<ScopeGroup>> items)
    {
        var id = rule.Descriptor.Id;
        foreach (var finding in rule.Findings)
        {
            if (finding.Outcome != Outcome.Error)
                continue;
            if (finding.Subject is null)
            {
                if (finding.Observed.GetValueOrDefault("source") is string source
                    && groups.TryGetValue((source, finding.Observed.GetValueOrDefault("scope") as string ?? string.Empty), out var group))
                    group.Rules.Add(id);
                continue;
            }
            var sourceId = finding.Subject.SourceId;
            if (items.TryGetValue((sourceId, DataScope.Item(finding.Resource.Key)), out var holders))
            {
                foreach (var holder in holders)
                {
                    holder.Rules.Add(id);
                    holder.Name(finding.Resource.Key, finding.Resource.DisplayName);
                }
                continue;
            }
            foreach (var dataset in rule.Descriptor.RequiredData)
            {
                if (groups.TryGetValue((sourceId, $"{DataScope.ItemKind}\n{dataset}"), out var group))
                    group.Rules.Add(id);
            }
        }
    }
}
