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
    public IReadOnlyList<string> IncludeApplications { get; init; } = [];
    public IReadOnlyList<string> ExcludeApplications { get; init; } = [];
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
    public string? AuthenticationStrength { get; init; }
    public IReadOnlyList<string> AuthenticationStrengthCombinations { get; init; } = [];

    public bool IsEnabled => string.Equals(State, "enabled", StringComparison.OrdinalIgnoreCase);
}
