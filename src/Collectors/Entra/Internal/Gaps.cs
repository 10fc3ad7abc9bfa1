using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>Turns endpoint results into a dataset's status: the first failure is the reason, stated once.</summary>
internal static class Gaps
{
    public static DatasetStatus Dataset(string name, int itemCount, string permission, params EndpointFailure?[] failures) =>
        Dataset(name, itemCount, [.. failures.Select(f => (f, permission))]);

    /// <summary>For a dataset whose endpoints need different permissions: each failure names its own.</summary>
    public static DatasetStatus Dataset(string name, int itemCount, params (EndpointFailure? Failure, string Permission)[] reads)
    {
        var (failure, permission) = reads.FirstOrDefault(r => r.Failure is not null);
        if (failure is null)
            return new DatasetStatus { Name = name, Status = CollectionState.Complete, ItemCount = itemCount };
        return new DatasetStatus
        {
            Name = name,
            Status = itemCount > 0 ? CollectionState.Partial : CollectionState.Failed,
            Reason = failure.Describe(permission),
            ItemCount = itemCount,
        };
    }
}

/// <summary>The permission (and licence) each dataset needs, named in 403 reasons.</summary>
internal static class Permissions
{
    public const string Users = "User.Read.All";
    public const string SignIn = "AuditLog.Read.All and a Microsoft Entra ID P1 or P2 licence";
    public const string Mfa = "AuditLog.Read.All (or UserAuthenticationMethod.Read.All) and a Microsoft Entra ID P1 or P2 licence";
    public const string Roles = "RoleManagement.Read.Directory (and GroupMember.Read.All for role-assignable groups)";
    public const string Pim = "RoleManagement.Read.Directory and a Microsoft Entra ID P2 or Governance licence";
    public const string PimPolicies = "RoleManagementPolicy.Read.Directory (or RoleManagement.Read.Directory) and a Microsoft Entra ID P2 or Governance licence";
    public const string PimGroups = "PrivilegedEligibilitySchedule.Read.AzureADGroup and RoleManagementPolicy.Read.AzureADGroup, and a Microsoft Entra ID P2 or Governance licence";
    public const string Organization = "Organization.Read.All";
    public const string Policies = "Policy.Read.All";
    public const string DirectorySettings = "Directory.Read.All";
    public const string Domains = "Domain.Read.All";
    public const string GroupMembers = "GroupMember.Read.All";
}
