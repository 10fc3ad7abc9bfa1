using ComplianceEngine.Engine.Facts.Aws;

namespace ComplianceEngine.Rules.People;

/// <summary>How the Identity Center rules name an administrator assignment: permission set, account, and the group it comes through.</summary>
internal static class IdentityCenterText
{
    public static IReadOnlyList<string> Assignments(AwsIdentityCenterUser user) =>
        (user.AdministratorAssignments ?? []).Select(a => $"{a.PermissionSetName} in {a.AccountId} ({a.HeldThrough})").ToList();
}
