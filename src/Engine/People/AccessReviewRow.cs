namespace ComplianceEngine.Engine.People;

/// <summary>
/// One person × privileged grant for the periodic access review (ISO/IEC 27001 5.18): who, what, where, through what,
/// when last used and with which MFA. The reviewer fills in the decision.
/// </summary>
public sealed record AccessReviewRow
{
    /// <summary>The person's user principal name; for a grant no person holds, what holds it (a group, a deleted principal, an orphan).</summary>
    public required string Person { get; init; }

    /// <summary><c>enabled</c>, <c>disabled</c>, <c>deleted</c>, <c>no person</c>, <c>group</c> (its members unknown),
    /// <c>service principal</c> or <c>unresolved</c>.</summary>
    public required string PersonState { get; init; }
    public required string Provider { get; init; }

    /// <summary>The role or policy.</summary>
    public required string Grant { get; init; }

    /// <summary><c>Entra role (active)</c>, <c>Entra role (eligible)</c>, <c>Azure RBAC</c>, <c>AWS administrator (direct)</c>, <c>AWS administrator (group)</c> or <c>AWS administrator (Identity Center)</c>.</summary>
    public required string GrantType { get; init; }

    /// <summary>Where the grant applies: the tenant, the subscription or management group, the AWS account.</summary>
    public required string Scope { get; init; }

    /// <summary>The identity holding the grant: the Entra user, the Azure principal id, the IAM user.</summary>
    public required string Identity { get; init; }

    /// <summary>How the identity holds the grant and links to the person (direct, via group, PIM, the AWS link).</summary>
    public required string HeldThrough { get; init; }

    /// <summary>The snapshot source the grant was read from.</summary>
    public required string Source { get; init; }
    public DateTimeOffset? LastUse { get; init; }
    public required string Mfa { get; init; }
}
