using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>A user whose ListMFADevices failed is an item gap of <c>aws.mfaDevices</c>: only its hardware-MFA reading is unknown.</summary>
internal static class MfaDeviceGaps
{
    public static DatasetStatus Apply(DatasetStatus status, IReadOnlyDictionary<string, string> failures, IReadOnlyList<AwsIamUser> users)
    {
        if (failures.Count == 0 || status.Status != CollectionState.Complete)
            return status;
        var gaps = users.Where(u => failures.ContainsKey(u.UserName)).Select(u => new ScopeGap
        {
            Scope = DataScope.Item(u.Resource.Key), Status = CollectionState.Failed, Reason = failures[u.UserName],
        }).ToList();
        if (gaps.Count == 0)
            return status;
        return status with
        {
            Status = CollectionState.Partial,
            Reason = $"{gaps.Count} user(s)' MFA devices not listed (first: {gaps[0].Reason}); see gaps",
            Gaps = gaps,
        };
    }
}
