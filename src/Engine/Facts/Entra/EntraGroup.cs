using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>
/// An Entra group that holds an Azure role assignment, with its transitive user members (dataset
/// <c>entra.groupMembers</c>), so the person model can attach the group's Azure roles to each member. Only groups
/// named by an Azure role assignment of the same scan are read.
/// </summary>
public sealed record EntraGroup : Fact
{
    public required string TenantId { get; init; }
    public required string Id { get; init; }
    public string? DisplayName { get; init; }

    /// <summary>Object ids of the transitive user members; null when they could not be read (an item gap says why).</summary>
    public IReadOnlyList<string>? MemberIds { get; init; }

    [JsonIgnore]
    public override ResourceRef Resource => new("entra", TenantId, "group", Id, DisplayName ?? Id);
}
