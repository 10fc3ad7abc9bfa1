using System.Globalization;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Reports.Internal;

internal sealed record NoticeDescriptor(string Id, string Name, string Description);

/// <summary>One tool execution notification; <paramref name="RuleIndex"/> links it to a rule in <c>tool.driver.rules</c>.</summary>
internal sealed record Notice(NoticeDescriptor Descriptor, string Level, string Message, int? RuleIndex,
    IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// What the run has to tell besides results: sources that were not collected completely, rules that could
/// not decide some resources, waivers that expired, matched nothing or expire soon, and truncated passes.
/// </summary>
internal static class SarifNotices
{
    public static readonly NoticeDescriptor SourceIncomplete = new("CE-SOURCE-INCOMPLETE", "SourceIncomplete",
        "A source was not collected completely; rules depending on its missing data report Error, never Pass.");
    public static readonly NoticeDescriptor RuleIncomplete = new("CE-RULE-INCOMPLETE", "RuleIncomplete",
        "A rule could not decide some resources for lack of data; those results are Error.");
    public static readonly NoticeDescriptor WaiverExpired = new("CE-WAIVER-EXPIRED", "WaiverExpired",
        "A waiver has expired and no longer applies; its failures are reported as failures.");
    public static readonly NoticeDescriptor WaiverUnused = new("CE-WAIVER-UNUSED", "WaiverUnused",
        "A waiver matched no failing result; it may name the wrong resource or no longer be needed.");
    public static readonly NoticeDescriptor WaiverExpiresSoon = new("CE-WAIVER-EXPIRES-SOON", "WaiverExpiresSoon",
        "A waiver expires within the configured warning period.");
    public static readonly NoticeDescriptor PassesTruncated = new("CE-PASSES-TRUNCATED", "PassResultsTruncated",
        "A rule had more passing resources than the SARIF pass limit; evidence.json lists them all.");

    public static readonly NoticeDescriptor[] Descriptors =
        [SourceIncomplete, RuleIncomplete, WaiverExpired, WaiverUnused, WaiverExpiresSoon, PassesTruncated];

    public static int IndexOf(NoticeDescriptor descriptor) => Array.IndexOf(Descriptors, descriptor);

    public static IEnumerable<Notice> For(EvaluationResult result)
    {
        var incomplete = result.Snapshot.Sources
            .Where(s => s.Status != CollectionState.Complete || s.Datasets.Any(d => d.Status != CollectionState.Complete))
            .OrderBy(s => s.Id, StringComparer.Ordinal);
        foreach (var source in incomplete)
            yield return Source(source);

        var ruleIndex = result.Rules.Select((r, i) => (r.Descriptor.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        for (var i = 0; i < result.Rules.Count; i++)
        {
            var rule = result.Rules[i];
            var errors = rule.Count(Outcome.Error);
            if (errors > 0)
                yield return new Notice(RuleIncomplete, "error",
                    $"{rule.Descriptor.Id}: {errors} result(s) could not be decided for lack of data and are reported as Error.", i,
                    new Dictionary<string, object?> { ["errorCount"] = errors });
            var limit = result.Config.SarifPassLimit;
            if (rule.Passes.Count > limit)
                yield return new Notice(PassesTruncated, "note",
                    $"{rule.Descriptor.Id}: {rule.Passes.Count} passing resources; this file carries the first {limit}, evidence.json lists them all.", i,
                    new Dictionary<string, object?> { ["passCount"] = rule.Passes.Count, ["passResultsIncluded"] = limit });
        }

        foreach (var use in result.Waivers)
        {
            int? index = ruleIndex.TryGetValue(use.Waiver.RuleId, out var found) ? found : null;
            if (Waiver(use, index) is { } notice)
                yield return notice;
        }
    }

    private static Notice? Waiver(WaiverUse use, int? ruleIndex)
    {
        var (descriptor, level, what) = use switch
        {
            { State: WaiverState.Expired } => (WaiverExpired, "warning", $"expired on {Date(use.Waiver.Expires)} and no longer applies"),
            { State: WaiverState.Unused } => (WaiverUnused, "warning", "matched no failing result"),
            { ExpiresSoon: true } => (WaiverExpiresSoon, "note", $"expires on {Date(use.Waiver.Expires)}"),
            _ => ((NoticeDescriptor?)null, "", ""),
        };
        return descriptor is null ? null : new Notice(descriptor, level,
            $"Waiver {use.Waiver.JsonPath} for {use.Waiver.RuleId} on '{use.Waiver.Resource}' {what}.", ruleIndex, WaiverProperties(use));
    }

    private static Notice Source(SourceStatus source)
    {
        var datasets = source.Datasets.Where(d => d.Status != CollectionState.Complete)
            .Select(d => $"{d.Name} {d.Status.ToString().ToLowerInvariant()}{(d.Reason is null ? "" : $" ({d.Reason})")}");
        var detail = string.Join("; ", datasets);
        var message = $"Source {source.Id} is {source.Status.ToString().ToLowerInvariant()}: {source.Reason ?? "no reason recorded"}"
                      + (detail.Length > 0 ? $". Datasets: {detail}." : ".");
        return new Notice(SourceIncomplete, source.Status == CollectionState.Failed ? "error" : "warning", message, null,
            new Dictionary<string, object?>
            {
                ["sourceId"] = source.Id,
                ["status"] = source.Status,
                ["incompleteDatasets"] = source.Datasets.Where(d => d.Status != CollectionState.Complete).Select(d => d.Name).ToList(),
            });
    }

    private static Dictionary<string, object?> WaiverProperties(WaiverUse use) => new()
    {
        ["waiver"] = use.Waiver.JsonPath,
        ["ruleId"] = use.Waiver.RuleId,
        ["resource"] = use.Waiver.Resource,
        ["owner"] = use.Waiver.Owner,
        ["approver"] = use.Waiver.Approver,
        ["expires"] = use.Waiver.Expires,
        ["state"] = use.State,
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
