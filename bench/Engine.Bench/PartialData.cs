using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Bench;

/// <summary>
/// The synthetic organisation read with gaps at every kind of scope: PIM refused for the tenant (every user is touched
/// by the rules over role holders), 1% of the users missing from the MFA registration report (item gaps, looked up
/// per user), one AWS region refusing DescribeInstances, and one group holding an Azure role whose members were refused
/// (every person of the tenant may be among them: one more scope looked up per person).
/// </summary>
public static class PartialData
{
    public static FactSnapshot WithGaps(FactSnapshot snapshot)
    {
        var missingMfa = snapshot.Facts.EntraUsers.Where((_, i) => i % 100 == 0)
            .Select(u => new ScopeGap { Scope = DataScope.Item(u.Resource.Key), Reason = "not in userRegistrationDetails" }).ToList();
        var refused = snapshot.Facts.EntraGroups[0] with { MemberIds = null };
        var refusedGap = new ScopeGap { Scope = DataScope.Item(refused.Resource.Key), Reason = "403 Authorization_RequestDenied" };
        return snapshot with
        {
            Facts = snapshot.Facts with { EntraGroups = [refused, .. snapshot.Facts.EntraGroups.Skip(1)] },
            Sources = snapshot.Sources.Select(s => s.Provider switch
            {
                "entra" => WithDataset(WithDataset(s, Datasets.EntraPim, d => d with { Status = CollectionState.Failed, Reason = "403 Forbidden" }),
                               Datasets.EntraGroupMembers, d => d with { Status = CollectionState.Partial, Gaps = [refusedGap] })
                           is var e ? WithDataset(e, Datasets.EntraMfaRegistration, d => d with { Status = CollectionState.Partial, Gaps = missingMfa }) : s,
                "aws" => WithDataset(s, Datasets.AwsEc2, d => d with
                {
                    Status = CollectionState.Partial, Gaps = [new ScopeGap { Scope = DataScope.Region("us-east-1"), Reason = "403 UnauthorizedOperation" }],
                }),
                _ => s,
            }).ToList(),
        };
    }

    private static SourceStatus WithDataset(SourceStatus source, string dataset, Func<DatasetStatus, DatasetStatus> change) => source with
    {
        Status = CollectionState.Partial,
        Datasets = source.Datasets.Select(d => d.Name == dataset ? change(d) : d).ToList(),
    };
}
