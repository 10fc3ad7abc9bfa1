using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>The Microsoft Entra tenant: organisation, security defaults and conditional-access summary.</summary>
public sealed partial record EntraTenant : Fact
{
    public required string TenantId { get; init; }
    public string? DisplayName { get; init; }

    /// <summary>ISO 3166 alpha-2 country of sign-up (<c>organization.countryLetterCode</c>).</summary>
    public string? CountryLetterCode { get; init; }

    public IReadOnlyList<string> VerifiedDomains { get; init; } = [];

    /// <summary>Null when the policy could not be read.</summary>
    public bool? SecurityDefaultsEnabled { get; init; }

    /// <summary>Null when conditional-access policies could not be read.</summary>
    public IReadOnlyList<ConditionalAccessPolicy>? ConditionalAccessPolicies { get; init; }

    /// <summary>Built-in and custom authentication strengths (<c>authenticationStrength/policies</c>); null when not read.</summary>
    public IReadOnlyList<AuthenticationStrength>? AuthenticationStrengths { get; init; }

    /// <summary><c>isMultipleDataLocationsForServicesEnabled</c> (multi-geo); null when not reported.</summary>
    public bool? MultipleDataLocationsEnabled { get; init; }

    /// <summary>
    /// Whether an active subscription includes the service plan <c>AAD_PREMIUM_P2</c> (Microsoft Entra ID P2, as ScubaGear
    /// reads it), from <c>subscribedSkus</c>; null when the licences were not read.
    /// </summary>
    public bool? EntraIdP2Licensed { get; init; }

    /// <summary>Service principals holding directory roles (from <c>roleAssignments</c>); null when the roles were not read.</summary>
    public IReadOnlyList<ServicePrincipalRoleHolder>? ServicePrincipalRoles { get; init; }

    /// <summary>Whether PIM data (Entra ID P2) was available; null when unknown.</summary>
    public bool? PimAvailable { get; init; }

    /// <summary>
    /// PIM role setting for Global Administrator: rule <c>Approval_EndUser_Assignment</c> → <c>setting.isApprovalRequired</c>
    /// of <c>policies/roleManagementPolicyAssignments</c> (scope <c>/</c>); null when not collected.
    /// </summary>
    public bool? GlobalAdminActivationRequiresApproval { get; init; }

    /// <summary>
    /// Role-assignable groups holding directory roles, with their PIM for Groups eligibility and member-activation
    /// approval (part of the PIM data); null when not collected.
    /// </summary>
    public IReadOnlyList<PimGroup>? PimGroups { get; init; }

    [JsonIgnore]
    public override ResourceRef Resource => new("entra", TenantId, "tenant", TenantId, DisplayName ?? TenantId);
}
