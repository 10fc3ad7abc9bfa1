namespace ComplianceEngine.Fakes.Aws;

/// <summary>An AWS organisation: its member accounts (the management account among them, if listed) and its OU tree.</summary>
public sealed class FakeOrganization
{
    public string Id { get; init; } = "o-a1b2c3d4e5";
    public List<FakeMember> Members { get; init; } = [];

    /// <summary>Parent (root <c>r-…</c> or OU) → the OUs directly under it.</summary>
    public Dictionary<string, List<string>> OrganizationalUnits { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Largest page ListAccounts and the other list calls return.</summary>
    public int PageSize { get; set; } = 20;
}

/// <summary>A member account: <paramref name="State"/> ACTIVE, SUSPENDED, PENDING_CLOSURE or CLOSED, under <paramref name="Parent"/>.</summary>
public sealed record FakeMember(FakeAwsAccount Account, string Name, string State = "ACTIVE", string Parent = "r-a1b2");
