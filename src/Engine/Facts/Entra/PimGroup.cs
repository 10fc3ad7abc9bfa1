namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>
/// A role-assignable group that holds directory roles and whose membership is managed with PIM for Groups: how many
/// people are eligible to activate membership, and whether activating it needs approval (the group's role-management
/// policy for <c>member</c>, rule <c>Approval_EndUser_Assignment</c>).
/// </summary>
public sealed record PimGroup
{
    public required string GroupId { get; init; }
    public string? DisplayName { get; init; }

    /// <summary>Template ids of the directory roles the group holds (active or eligible).</summary>
    public IReadOnlyList<string> RoleTemplateIds { get; init; } = [];

    /// <summary>People eligible for membership (PIM for Groups eligibility schedules, <c>accessId = member</c>).</summary>
    public int EligibleMembers { get; init; }

    /// <summary><c>setting.isApprovalRequired</c> for member activation; null when the policy has no such rule.</summary>
    public bool? ActivationRequiresApproval { get; init; }
}
