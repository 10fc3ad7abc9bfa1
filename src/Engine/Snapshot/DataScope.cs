using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Engine.Snapshot;

/// <summary>
/// The scopes a source is read in below the source itself, as <c>kind:id</c> strings. A fact lists the scopes it
/// belongs to (<see cref="Fact.DataScopes"/>); a <see cref="ScopeGap"/> in one of them touches the fact and nothing else.
/// </summary>
public static class DataScope
{
    public const string SubscriptionKind = "subscription";
    public const string RegionKind = "region";
    public const string ItemKind = "item";

    public static string Subscription(string subscriptionId) => $"{SubscriptionKind}:{subscriptionId.ToLowerInvariant()}";
    public static string Region(string region) => $"{RegionKind}:{region.ToLowerInvariant()}";

    /// <summary>The scope of one fact: its resource key (<see cref="ResourceRef.Key"/>).</summary>
    public static string Item(string resourceKey) => $"{ItemKind}:{resourceKey}";

    public static string KindOf(string scope)
    {
        var colon = scope.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? scope : scope[..colon];
    }

    public static string IdOf(string scope)
    {
        var colon = scope.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? scope : scope[(colon + 1)..];
    }

    public static bool IsItem(string scope) => KindOf(scope) == ItemKind;

    /// <summary>For people: <c>subscription 1234…</c>, <c>region eu-west-3</c>, <c>aws/1234/iam-user/bob</c>.</summary>
    public static string Describe(string scope) => KindOf(scope) switch
    {
        ItemKind => IdOf(scope),
        var kind when kind == scope => scope,
        var kind => $"{kind} {IdOf(scope)}",
    };

    /// <summary>
    /// Whether facts of this type are listed per scope of this kind, so a gap in such a scope may hide facts that were
    /// never seen (a subscription whose resources could not be listed). Item scopes never hide anything: the item is there.
    /// </summary>
    /// <summary>
    /// Like <see cref="CanHide(Type, string)"/> for a whole scope string: besides subscriptions and regions, an item gap
    /// on an Azure subscription hides the role holders it lists, so the principals derived from them (person model).
    /// </summary>
    public static bool CanHideIn(Type factType, string scope) => IsItem(scope)
        ? factType == typeof(People.AzurePrincipal) && HidesListed(scope)
        : CanHide(factType, KindOf(scope));

    /// <summary>An item gap on a fact that lists others a join reads: an Azure subscription (its role holders).</summary>
    public static bool HidesListed(string scope)
    {
        if (!IsItem(scope))
            return false;
        var key = IdOf(scope);
        return key.StartsWith("azure/", StringComparison.Ordinal) && key.Contains("/subscription/", StringComparison.Ordinal);
    }

    public static bool CanHide(Type factType, string kind) => kind switch
    {
        SubscriptionKind => factType == typeof(CloudResource) || factType == typeof(AzureSubscription) || factType == typeof(People.AzurePrincipal),
        RegionKind => factType == typeof(CloudResource),
        _ => false,
    };
}
