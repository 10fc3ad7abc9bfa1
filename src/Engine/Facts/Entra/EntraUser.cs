using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>
/// A Microsoft Entra ID directory user with its MFA registration, directory role assignments and sign-in
/// activity already joined in, so that a rule matches one fact per person.
/// </summary>
public sealed record EntraUser : Fact
{
    public required string TenantId { get; init; }
    public required string Id { get; init; }
    public required string UserPrincipalName { get; init; }
    public string? DisplayName { get; init; }

    /// <summary><c>Member</c> or <c>Guest</c>.</summary>
    public string UserType { get; init; } = "Member";

    /// <summary>Null when the collector did not receive the property (for example, not selected).</summary>
    public bool? AccountEnabled { get; init; }
    public DateTimeOffset? CreatedDateTime { get; init; }
    public bool OnPremisesSyncEnabled { get; init; }
    public string? OnPremisesImmutableId { get; init; }
    public int AssignedLicenseCount { get; init; }
    public string? PreferredDataLocation { get; init; }
    public string? ExternalUserState { get; init; }

    /// <summary>Null when sign-in activity was not available for this user (licence or permission).</summary>
    public SignInActivity? SignIn { get; init; }

    /// <summary>Null when the user is absent from the MFA registration report.</summary>
    public MfaRegistration? Mfa { get; init; }

    public IReadOnlyList<DirectoryRoleAssignment> Roles { get; init; } = [];

    [JsonIgnore]
    public bool IsGuest => string.Equals(UserType, "Guest", StringComparison.OrdinalIgnoreCase)
                           || UserPrincipalName.Contains("#EXT#", StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool IsMember => !IsGuest;

    public bool HoldsRole(string roleTemplateId)
    {
        foreach (var role in Roles)
        {
            if (string.Equals(role.RoleTemplateId, roleTemplateId, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    public bool HoldsAnyRole(IReadOnlySet<string> roleTemplateIds)
    {
        foreach (var role in Roles)
        {
            if (roleTemplateIds.Contains(role.RoleTemplateId))
                return true;
        }
        return false;
    }

    [JsonIgnore]
    public override ResourceRef Resource => new("entra", TenantId, "user", Id, UserPrincipalName);
}
