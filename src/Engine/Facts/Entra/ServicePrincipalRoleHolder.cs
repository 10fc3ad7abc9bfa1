namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>
/// A service principal (application or managed identity) holding directory roles. Not a person: never counted among
/// a role's people (ENT-PRIV-01), reported on its own (ENT-PRIV-09).
/// </summary>
public sealed record ServicePrincipalRoleHolder
{
    public required string Id { get; init; }
    public string? DisplayName { get; init; }
    public string? AppId { get; init; }

    /// <summary><c>Application</c>, <c>ManagedIdentity</c>, <c>Legacy</c> or <c>SocialIdp</c>.</summary>
    public string? ServicePrincipalType { get; init; }

    /// <summary>Template ids of the directory roles it holds through active assignments.</summary>
    public IReadOnlyList<string> RoleTemplateIds { get; init; } = [];
}
