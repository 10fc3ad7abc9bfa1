namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>The parts of a conditional-access policy that the authentication rules read.</summary>
public sealed record ConditionalAccessPolicy
{
    public required string Id { get; init; }
    public string? DisplayName { get; init; }

    /// <summary><c>enabled</c>, <c>disabled</c> or <c>enabledForReportingButNotEnforced</c>.</summary>
    public string State { get; init; } = "disabled";

    public IReadOnlyList<string> IncludeUsers { get; init; } = [];
    public IReadOnlyList<string> ExcludeUsers { get; init; } = [];
    public IReadOnlyList<string> IncludeRoles { get; init; } = [];
    public IReadOnlyList<string> ExcludeRoles { get; init; } = [];
    public IReadOnlyList<string> ExcludeGroups { get; init; } = [];

    /// <summary>
    /// Transitive user members of each excluded group, by group id; a group missing here could not be read (the
    /// conditional-access dataset then says why). Lets a rule accept a group whose members are all break-glass accounts.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExcludeGroupMembers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>User principal names of the excluded users and of the excluded groups' members, by object id, so that
    /// break-glass accounts named by UPN match.</summary>
    public IReadOnlyDictionary<string, string> ExcludeUserPrincipalNames { get; init; } = new Dictionary<string, string>();

    /// <summary><c>users.includeGuestsOrExternalUsers.guestOrExternalUserTypes</c> in wire form (<c>internalGuest</c>, <c>b2bCollaborationGuest</c>, …).</summary>
    public IReadOnlyList<string> IncludeGuestOrExternalUserTypes { get; init; } = [];

    /// <summary><c>users.excludeGuestsOrExternalUsers.guestOrExternalUserTypes</c>: any value is an exclusion of people.</summary>
    public IReadOnlyList<string> ExcludeGuestOrExternalUserTypes { get; init; } = [];
    public IReadOnlyList<string> IncludeApplications { get; init; } = [];
    public IReadOnlyList<string> ExcludeApplications { get; init; } = [];

    /// <summary><c>applications.includeUserActions</c> (<c>urn:user:registersecurityinfo</c>, <c>urn:user:registerdevice</c>).</summary>
    public IReadOnlyList<string> IncludeUserActions { get; init; } = [];

    /// <summary><c>authenticationFlows.transferMethods</c> in wire form (<c>deviceCodeFlow</c>, <c>authenticationTransfer</c>).</summary>
    public IReadOnlyList<string> AuthenticationFlowTransferMethods { get; init; } = [];
    public IReadOnlyList<string> ClientAppTypes { get; init; } = [];

    /// <summary><c>conditions.locations.includeLocations</c> (<c>All</c>, <c>AllTrusted</c> or named-location ids).</summary>
    public IReadOnlyList<string> IncludeLocations { get; init; } = [];
    public IReadOnlyList<string> ExcludeLocations { get; init; } = [];

    /// <summary><c>conditions.platforms.includePlatforms</c> (<c>all</c>, <c>android</c>, <c>iOS</c>, …).</summary>
    public IReadOnlyList<string> IncludePlatforms { get; init; } = [];
    public IReadOnlyList<string> ExcludePlatforms { get; init; } = [];
    public IReadOnlyList<string> SignInRiskLevels { get; init; } = [];
    public IReadOnlyList<string> UserRiskLevels { get; init; } = [];
    public IReadOnlyList<string> BuiltInControls { get; init; } = [];

    /// <summary><c>grantControls.operator</c>: <c>OR</c> (any one control suffices) or <c>AND</c>; null reads as <c>OR</c>.</summary>
    public string? GrantOperator { get; init; }
    /// <summary>The authentication strength's display name (or id when it has none); null when the grant names none.</summary>
    public string? AuthenticationStrength { get; init; }

    /// <summary>The authentication strength's id, resolved through <see cref="EntraTenant.AuthenticationStrengths"/>.</summary>
    public string? AuthenticationStrengthId { get; init; }

    /// <summary>The combinations embedded in the policy as read, wire form (<c>password,microsoftAuthenticatorPush</c>).</summary>
    public IReadOnlyList<string> AuthenticationStrengthCombinations { get; init; } = [];

    public bool IsEnabled => string.Equals(State, "enabled", StringComparison.OrdinalIgnoreCase);
}
