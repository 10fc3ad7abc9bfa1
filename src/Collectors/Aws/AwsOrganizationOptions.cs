namespace ComplianceEngine.Collectors.Aws;

/// <summary>
/// An AWS Organizations source: the credentials of the source (profile, role) reach the management or a delegated
/// administrator account; every ACTIVE account is then collected through <see cref="RoleName"/> in that account.
/// </summary>
public sealed record AwsOrganizationOptions
{
    /// <summary>The role assumed in each member account, e.g. <c>ComplianceAudit</c>.</summary>
    public required string RoleName { get; init; }

    /// <summary>Account ids (12 digits) or OU ids (<c>ou-…</c>, their nested OUs included) to collect; empty means every account.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Account ids or OU ids never collected; wins over <see cref="Include"/>.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Accounts collected at once (each with its own call bound, <see cref="AwsSourceOptions.MaxConcurrency"/>).</summary>
    public int MaxAccounts { get; init; } = 4;
}
