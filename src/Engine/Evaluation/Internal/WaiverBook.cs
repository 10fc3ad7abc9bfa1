using ComplianceEngine.Engine.Configuration;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>
/// Applies waivers to failing findings and remembers what became of each waiver. Expiry is judged at the
/// snapshot's collection time, so the same snapshot and configuration always give the same outcome.
/// </summary>
internal sealed class WaiverBook(IReadOnlyList<Waiver> waivers, DateTimeOffset now, int warningDays)
{
    private readonly int[] _matched = new int[waivers.Count];

    public Finding Apply(Finding finding)
    {
        for (var i = 0; i < waivers.Count; i++)
        {
            var waiver = waivers[i];
            if (!waiver.Matches(finding.RuleId, finding.Resource))
                continue;
            _matched[i]++;
            finding.Waiver = waiver;
            if (!waiver.IsExpiredAt(now))
            {
                finding.Outcome = Outcome.Waived;
                return finding;
            }
        }
        return finding;
    }

    public IReadOnlyList<WaiverUse> Uses()
    {
        var soon = DateOnly.FromDateTime(now.UtcDateTime).AddDays(warningDays);
        return waivers.Select((w, i) =>
        {
            var expired = w.IsExpiredAt(now);
            var state = expired ? WaiverState.Expired : _matched[i] == 0 ? WaiverState.Unused : WaiverState.Applied;
            return new WaiverUse(w, state, _matched[i], !expired && w.Expires <= soon);
        }).ToList();
    }
}
