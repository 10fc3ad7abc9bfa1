using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Bench;

/// <summary>
/// The synthetic organisation read with gaps at every kind of scope: PIM refused for the tenant (every user is touched
/// by the rules over role holders), 1% of the users missing from the MFA registration report (item gaps, looked up
/// per user), and one AWS region refusing DescribeInstances.
/// </summary>
public static class PartialData
{
    public static FactSnapshot WithGaps(FactSnapshot snapshot)
    {
        var missingMfa = snapshot.Facts.EntraUsers.Where((_, i) => i % 100 == 0)
            .Select(u => new ScopeGap { Scope = DataScope.Item(u.Resource.Key), Reason = "not in userRegistrationDetails" }).ToList();
        return snapshot with
        {
            Sources = snapshot.Sources.Select(s => s.Provider switch
            {
                "entra" => WithDataset(s, Datasets.EntraPim, d => d with { Status = CollectionState.Failed, Reason = "403 Forbidden" })
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
