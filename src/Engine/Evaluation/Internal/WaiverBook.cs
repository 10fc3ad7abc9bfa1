using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>
/// Applies waivers to failing findings and remembers what became of each waiver. Expiry is judged at the
/// snapshot's collection time, so the same snapshot and configuration always give the same outcome.
/// </summary>
internal sealed class WaiverBook
{
    private readonly IReadOnlyList<Waiver> _waivers;
    private readonly DateTimeOffset _now;
    private readonly int _warningDays;
    private readonly int[] _matched;
    private readonly IReadOnlyList<string>[] _ambiguous;

    public WaiverBook(IReadOnlyList<Waiver> waivers, DateTimeOffset now, int warningDays, SnapshotFacts? facts = null)
    {
        (_waivers, _now, _warningDays) = (waivers, now, warningDays);
        _matched = new int[waivers.Count];
        _ambiguous = AmbiguousScopes(waivers, facts);
    }

    public Finding Apply(Finding finding)
    {
        for (var i = 0; i < _waivers.Count; i++)
        {
            var waiver = _waivers[i];
            if (!waiver.Matches(finding.RuleId, finding.Resource, byName: _ambiguous[i].Count == 0))
                continue;
            _matched[i]++;
            finding.Waiver = waiver;
            if (!waiver.IsExpiredAt(_now))
            {
                finding.Outcome = Outcome.Waived;
                return finding;
            }
        }
        return finding;
    }

    public IReadOnlyList<WaiverUse> Uses()
    {
        var soon = DateOnly.FromDateTime(_now.UtcDateTime).AddDays(_warningDays);
        return _waivers.Select((w, i) =>
        {
            var expired = w.IsExpiredAt(_now);
            var state = expired ? WaiverState.Expired : _matched[i] == 0 ? WaiverState.Unused : WaiverState.Applied;
            return new WaiverUse(w, state, _matched[i], !expired && w.Expires <= soon, _ambiguous[i]);
        }).ToList();
    }

    // One pass over the facts: for each waiver without a scope, the scopes (provider/scope) in which its name or id names
    // a resource. In more than one, the name is not the waiver's to give: it then waives by key only, and is reported.
    private static IReadOnlyList<string>[] AmbiguousScopes(IReadOnlyList<Waiver> waivers, SnapshotFacts? facts)
    {
        var result = new IReadOnlyList<string>[waivers.Count];
        Array.Fill(result, []);
        var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < waivers.Count; i++)
        {
            if (waivers[i].Scope is null)
                (byName.TryGetValue(waivers[i].Resource, out var list) ? list : byName[waivers[i].Resource] = []).Add(i);
        }
        if (facts is null || byName.Count == 0)
            return result;
        var scopes = new SortedSet<string>[waivers.Count];
        foreach (var list in new IEnumerable<Facts.Fact>[] { facts.EntraTenants, facts.EntraUsers, facts.AwsAccounts, facts.AwsIamUsers, facts.AzureSubscriptions, facts.CloudResources, facts.AwsIdentityCenterUsers })
        {
            foreach (var fact in list)
            {
                var resource = fact.Resource;
                foreach (var name in new[] { resource.Id, resource.DisplayName })
                {
                    if (name is null || !byName.TryGetValue(name, out var indexes))
                        continue;
                    foreach (var i in indexes)
                        (scopes[i] ??= new SortedSet<string>(StringComparer.OrdinalIgnoreCase)).Add($"{resource.Provider}/{resource.Scope}");
                }
            }
        }
        for (var i = 0; i < waivers.Count; i++)
        {
            if (scopes[i] is { Count: > 1 } several)
                result[i] = [.. several];
        }
        return result;
    }
}
