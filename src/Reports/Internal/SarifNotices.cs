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
        "Part of a source was not collected (the whole source or dataset, a subscription, a region or some items); rules depending on the missing data report Error there, never Pass.");
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
        foreach (var scope in result.IncompleteScopes)
            yield return Scope(scope);

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

    /// <summary>One notice per incomplete scope of a source, its reason said once for every dataset missing in it.</summary>
    private static Notice Scope(IncompleteScope scope)
    {
        var source = scope.Source;
        var state = scope.Status.ToString().ToLowerInvariant();
        var message = $"Source {source.Id}, {scope.Describe()}: {scope.DescribeDatasets()} {state} ({scope.Reason})";
        if (scope.ErrorRules.Count > 0)
            message += $"; {scope.ErrorRules.Count} rule(s) report Error for it";
        if (scope.OtherScopesComplete is { } others)
            message += $"; {others} other {scope.Kind}(s) complete";
        var properties = new Dictionary<string, object?>
        {
            ["sourceId"] = source.Id,
            ["status"] = source.Status,
            ["scope"] = scope.Scope,
            ["scopeKind"] = scope.Kind,
            ["scopeStatus"] = scope.Status,
            ["incompleteDatasets"] = scope.Datasets,
            ["reason"] = scope.Reason,
            ["errorRules"] = scope.ErrorRules,
        };
        if (scope.ScopeName is not null)
            properties["scopeName"] = scope.ScopeName;
        if (scope.OtherScopesComplete is { } complete)
            properties["otherScopesComplete"] = complete;
        if (scope.IsItems)
        {
            properties["itemCount"] = scope.ItemCount;
            properties["items"] = scope.Items;
        }
        return new Notice(SourceIncomplete, source.Status == CollectionState.Failed ? "error" : "warning", message + ".", null, properties);
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
