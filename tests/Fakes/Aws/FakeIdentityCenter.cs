namespace ComplianceEngine.Fakes.Aws;

/// <summary>
/// An IAM Identity Center instance of the account, in its home region: permission sets with their policies and
/// account assignments, and the identity store's users, groups and memberships.
/// </summary>
public sealed class FakeIdentityCenter
{
    public string Region { get; init; } = "eu-central-1";
    public string InstanceId { get; init; } = "ssoins-7223a1b2c3d4e5f6";
    public string IdentityStoreId { get; init; } = "d-9067a1b2c3";
    public string InstanceArn => $"arn:aws:sso:::instance/{InstanceId}";
    public List<FakePermissionSet> PermissionSets { get; init; } = [];
    public List<FakeCenterUser> Users { get; init; } = [];
    public List<FakeCenterGroup> Groups { get; init; } = [];

    /// <summary>(account id, permission set name, USER or GROUP, principal id).</summary>
    public List<(string Account, string PermissionSet, string PrincipalType, string PrincipalId)> Assignments { get; init; } = [];

    /// <summary>Largest page any list call returns.</summary>
    public int PageSize { get; set; } = 100;

    public string PermissionSetArn(string name) =>
        $"arn:aws:sso:::permissionSet/{InstanceId}/ps-{Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(name)).ToLowerInvariant()[..Math.Min(16, name.Length * 2)]}";
}

public sealed record FakePermissionSet(string Name)
{
    public IReadOnlyList<string> ManagedPolicies { get; init; } = [];
    public string? InlinePolicy { get; init; }
}

public sealed record FakeCenterUser(string UserId, string UserName)
{
    public string? DisplayName { get; init; }
    public string? ExternalId { get; init; }
    public IReadOnlyList<string> Emails { get; init; } = [];
}

public sealed record FakeCenterGroup(string GroupId, string DisplayName)
{
    public IReadOnlyList<string> Members { get; init; } = [];
}
