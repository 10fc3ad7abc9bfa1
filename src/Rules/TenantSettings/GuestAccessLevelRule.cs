using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-GUEST-01: guests have the same access to the directory as members.</summary>
public sealed class GuestAccessLevelRule : FactRule<EntraTenant>
{
    public const string RestrictedAccess = "2af84b1e-32c8-42b7-82bc-daa82404023b";
    public const string LimitedAccess = "10dae51f-b6af-4016-8d66-8c2a99b929b3";
    public const string SameAsMembers = "a0b1b346-4d3e-4e8b-98f8-753987be4970";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-GUEST-01",
        Title = "Guest access to the directory not restricted",
        MessageFormat = "{resource}: guest user access is '{guestAccessLevel}'.",
        PassMessageFormat = "{resource}: guest user access is '{guestAccessLevel}'.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "A guest with member-level access can enumerate every user, group and application of the directory. " +
                      "authorizationPolicy.guestUserRoleId must be Limited access (10dae51f-…) or Restricted access (2af84b1e-…), as " +
                      "MS.AAD.8.1v1 says; 'Same as member users' (a0b1b346-…) or an unknown role fails.",
        RemediationSummary = "External Identities > External collaboration settings > Guest user access = Limited or Restricted.",
        Controls = [Controls.AccessControl, Controls.InformationAccessRestriction, Controls.OrgAccessControl, Controls.OrgInformationAccessRestriction],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.8.1v1"), new("CIS M365 5.1.6.2", "guest user access is restricted")],
        RequiredData = [Datasets.EntraAuthorizationPolicy],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.Authorization != null && t.Authorization.GuestUserRoleId != null;

    protected override string MissingData(EntraTenant tenant) => "the authorization policy (guestUserRoleId) was not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => !IsRestricted(t.Authorization!.GuestUserRoleId);

    private static bool IsRestricted(string? id) =>
        string.Equals(id, RestrictedAccess, StringComparison.OrdinalIgnoreCase) || string.Equals(id, LimitedAccess, StringComparison.OrdinalIgnoreCase);

    public static string Level(string? id) => id?.ToLowerInvariant() switch
    {
        RestrictedAccess => "Restricted access",
        LimitedAccess => "Limited access",
        SameAsMembers => "Same as member users",
        null => "not reported",
        _ => $"unknown role {id}",
    };

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("guestAccessLevel", Level(t.Authorization?.GuestUserRoleId)),
        ("guestUserRoleId", t.Authorization?.GuestUserRoleId));

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Identity > External Identities > External collaboration settings: Guest user access = " +
        "'Guest user access is restricted to properties and memberships of their own directory objects (most restrictive)'. " +
        $"PowerShell: Update-MgPolicyAuthorizationPolicy -GuestUserRoleId '{RestrictedAccess}'.";
}
