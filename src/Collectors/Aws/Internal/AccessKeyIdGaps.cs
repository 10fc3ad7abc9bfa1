using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>A user whose ListAccessKeys failed is an item gap of <c>aws.accessKeys</c>: only its key ids are unknown.</summary>
internal static class AccessKeyIdGaps
{
    public static DatasetStatus Apply(AccessKeyIds ids, IReadOnlyList<AwsIamUser> users)
    {
        if (ids.Failures.Count == 0 || ids.Status.Status != CollectionState.Complete)
            return ids.Status;
        var gaps = users.Where(u => ids.Failures.ContainsKey(u.UserName)).Select(u => new ScopeGap
        {
            Scope = DataScope.Item(u.Resource.Key), Status = CollectionState.Failed, Reason = ids.Failures[u.UserName],
        }).ToList();
        if (gaps.Count == 0)
            return ids.Status;
        return ids.Status with
        {
            Status = CollectionState.Partial,
            Reason = $"{gaps.Count} user(s)' access keys not listed (first: {gaps[0].Reason}); see gaps",
            Gaps = gaps,
        };
    }
}
