using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Testing;

/// <summary>Snapshots for tests: complete sources for every provider unless a test says otherwise.</summary>
public static class SomeSnapshot
{
    public static SourceStatus Source(string id, string provider, string scope) => new()
    {
        Id = id,
        Provider = provider,
        Scope = scope,
        DisplayName = id,
        CollectedAt = Some.Now,
        Datasets = Datasets.Of(provider).Select(d => new DatasetStatus { Name = d, Status = CollectionState.Complete }).ToList(),
    };

    public static IReadOnlyList<SourceStatus> AllSourcesComplete =>
    [
        Source(Some.EntraSource, "entra", Some.TenantId),
        Source(Some.AwsSource, "aws", Some.AccountId),
        Source(Some.AzureSource, "azure", Some.SubscriptionId),
    ];

    public static FactSnapshot With(params Fact[] facts) => With(AllSourcesComplete, facts);

    public static FactSnapshot With(IReadOnlyList<SourceStatus> sources, params Fact[] facts) => new()
    {
        CollectedAt = Some.Now,
        Organization = "Contoso",
        Sources = sources,
        Facts = new SnapshotFacts
        {
            EntraTenants = facts.OfType<EntraTenant>().ToList(),
            EntraUsers = facts.OfType<EntraUser>().ToList(),
            AwsAccounts = facts.OfType<AwsAccount>().ToList(),
            AwsIamUsers = facts.OfType<AwsIamUser>().ToList(),
            AwsIamRoles = facts.OfType<AwsIamRole>().ToList(),
            AwsIamPolicies = facts.OfType<AwsIamPolicy>().ToList(),
            AwsIdentityCenterUsers = facts.OfType<AwsIdentityCenterUser>().ToList(),
            AzureSubscriptions = facts.OfType<AzureSubscription>().ToList(),
            CloudResources = facts.OfType<CloudResource>().ToList(),
            EntraGroups = facts.OfType<EntraGroup>().ToList(),
        },
    };

    /// <summary>The standard sources with one dataset of one source marked missing for a reason.</summary>
    public static IReadOnlyList<SourceStatus> WithGap(string sourceId, string dataset, string reason) =>
        AllSourcesComplete.Select(s => s.Id != sourceId ? s : s with
        {
            Status = CollectionState.Partial,
            Datasets = s.Datasets.Select(d => d.Name == dataset ? d with { Status = CollectionState.Failed, Reason = reason } : d).ToList(),
        }).ToList();

    /// <summary>The standard sources with one scope (a subscription, region or item, see <see cref="DataScope"/>) of one
    /// dataset of one source not read; the rest of the dataset is complete.</summary>
    public static IReadOnlyList<SourceStatus> WithScopeGap(string sourceId, string dataset, string scope, string reason) =>
        AllSourcesComplete.Select(s => s.Id != sourceId ? s : s with
        {
            Status = CollectionState.Partial,
            Datasets = s.Datasets.Select(d => d.Name != dataset ? d : d with
            {
                Status = CollectionState.Partial,
                Reason = $"1 scope not read: {reason}",
                Gaps = [new ScopeGap { Scope = scope, Status = CollectionState.Failed, Reason = reason }],
            }).ToList(),
        }).ToList();

    /// <summary>The standard sources with one source failed outright.</summary>
    public static IReadOnlyList<SourceStatus> WithFailed(string sourceId, string reason) =>
        AllSourcesComplete.Select(s => s.Id != sourceId ? s : s with { Status = CollectionState.Failed, Reason = reason, Datasets = [] }).ToList();
}
