namespace ComplianceEngine.Engine.Facts;

/// <summary>
/// Where a result points, like Roslyn's <c>Location</c>: the provider, the tenant/account/subscription
/// the resource lives in, its kind, its id and a name a person recognises.
/// </summary>
public sealed record ResourceRef(string Provider, string Scope, string Kind, string Id, string DisplayName)
{
    /// <summary>A stable key for waivers, baselines and fingerprints: <c>provider/scope/kind/id</c>.</summary>
    public string Key => $"{Provider}/{Scope}/{Kind}/{Id}";

    public override string ToString() => $"{DisplayName} ({Key})";
}
