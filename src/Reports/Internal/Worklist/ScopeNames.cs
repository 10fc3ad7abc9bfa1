using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Reports.Internal.Worklist;

/// <summary>
/// The name a person knows a tenant, account or subscription by, for a resource's <see cref="ResourceRef.Scope"/>: the Entra
/// organisation's display name, the AWS account alias (else the source's name: the Organizations account name or the
/// configured display name), the Azure subscription's display name. Empty when the snapshot does not say.
/// </summary>
internal sealed class ScopeNames
{
    private readonly Dictionary<(string Provider, string Scope), string> _names = [];

    public ScopeNames(FactSnapshot snapshot)
    {
        var facts = snapshot.Facts;
        foreach (var tenant in facts.EntraTenants)
            Add("entra", tenant.TenantId, tenant.DisplayName);
        foreach (var account in facts.AwsAccounts)
            Add("aws", account.AccountId, account.Alias);
        foreach (var subscription in facts.AzureSubscriptions)
            Add("azure", subscription.SubscriptionId, subscription.DisplayName);
        // The source's own name where no fact named the scope (an Entra source whose organisation was not read).
        foreach (var source in snapshot.Sources)
            Add(source.Provider, source.Scope, source.DisplayName);
    }

    public string Of(ResourceRef resource) =>
        _names.TryGetValue((resource.Provider, resource.Scope.ToLowerInvariant()), out var name) ? name : string.Empty;

    private void Add(string provider, string? scope, string? name)
    {
        if (!string.IsNullOrWhiteSpace(scope) && !string.IsNullOrWhiteSpace(name))
            _names.TryAdd((provider, scope.ToLowerInvariant()), name);
    }
}
