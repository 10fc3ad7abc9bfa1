using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>
/// One directory role a user holds: active or eligible (PIM), permanent or time-bound, direct or through a
/// role-assignable group.
/// </summary>
public sealed record DirectoryRoleAssignment
{
    public required string RoleTemplateId { get; init; }
    public string? RoleName { get; init; }

    /// <summary><c>active</c> or <c>eligible</c>.</summary>
    public string AssignmentState { get; init; } = "active";

    public DateTimeOffset? StartDateTime { get; init; }

    /// <summary>Null for a permanent assignment.</summary>
    public DateTimeOffset? EndDateTime { get; init; }

    /// <summary>The group the user holds the role through, when not assigned directly.</summary>
    public string? ViaGroupId { get; init; }

    /// <summary>True when PIM schedules show the assignment; false when it was made outside PIM; null when unknown.</summary>
    public bool? ManagedByPim { get; init; }

    [JsonIgnore]
    public bool IsPermanent => EndDateTime is null;

    [JsonIgnore]
    public bool IsEligible => string.Equals(AssignmentState, "eligible", StringComparison.OrdinalIgnoreCase);
}
