using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AZ-RBAC-01: a guest user holds Owner or User Access Administrator on an Azure subscription.</summary>
public sealed class AzureGuestPrivilegedRoleRule : FactRule<AzureSubscription>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AZ-RBAC-01",
        Title = "Guest holds Owner or User Access Administrator on an Azure subscription",
        MessageFormat = "Azure subscription {resource} has guests holding roles that can grant any access: {guestHolders}.",
        PassMessageFormat = "No guest holds Owner or User Access Administrator on Azure subscription {resource} ({privilegedHolderCount} holders checked).",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Owner and User Access Administrator can grant anyone any access to the subscription. A guest account is " +
                      "governed by another organisation (its password, MFA and leaver process), so it must not hold them. A user " +
                      "holder whose guest status was not resolved from Entra ID makes the subscription an Error, not a pass.",
        RemediationSummary = "Remove the guest's role assignment; give the person a member account in this tenant if they need the role.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.AccessRights, Controls.OrgAccess],
        Benchmarks = [new("Microsoft Defender for Cloud", "Guest accounts with owner permissions on Azure resources should be removed"),
                      new("CIS Azure 6.3.2", "guest users are reviewed")],
        RequiredData = [Datasets.AzureSubscriptions, Datasets.AzureRoleAssignments],
    };

    public override RuleDescriptor Descriptor => Rule;

    // A known guest is a failure even when other holders' guest status is unknown.
    protected override Expression<Func<AzureSubscription, bool>> DataPresent => s =>
        s.PrivilegedRoleHolders != null && (UnresolvedUsers(s).Count == 0 || GuestHolders(s).Any());

    protected override string MissingData(AzureSubscription s) => s.PrivilegedRoleHolders is null
        ? "the subscription's role assignments were not read"
        : $"whether {UnresolvedUsers(s).Count} user(s) holding Owner or " +
          "User Access Administrator are guests is unknown (ARM does not return userType; it must be resolved from Entra ID)" +
          (s.DirectoryUsersRead == false
              ? $": no Entra ID source in this scan read the users of tenant {s.TenantId} completely; add one for that tenant to sources.entra in rules.json"
              : string.Empty);

    protected override Expression<Func<AzureSubscription, bool>> Violation => s => GuestHolders(s).Any();

    protected override IReadOnlyDictionary<string, object?> Observed(AzureSubscription s) => Observations.Of(
        ("guestHolders", GuestHolders(s).Select(AzureRoles.Describe).ToList()),
        ("privilegedHolderCount", s.PrivilegedRoleHolders?.Count(AzureRoles.CanGrantAccess)),
        ("unresolvedUserHolders", UnresolvedUsers(s).Select(AzureRoles.Describe).ToList()));

    protected override string? CommandFor(AzureSubscription s)
    {
        var steps = GuestHolders(s).Select(h =>
            $"az role assignment delete --assignee {Shell.Sh(h.PrincipalId)} --role {Shell.Sh(h.RoleName)} --scope {Shell.Sh("/subscriptions/" + s.SubscriptionId)}").ToList();
        return steps.Count == 0 ? null : string.Join(" && ", steps);
    }

    protected override string RemediationFor(AzureSubscription s) => string.Join("; ", GuestHolders(s).Select(h =>
            $"az role assignment delete --assignee {Shell.Sh(h.PrincipalId)} --role {Shell.Sh(h.RoleName)} --scope {Shell.Sh("/subscriptions/" + s.SubscriptionId)}")) +
        ". Portal: Subscriptions > the subscription > Access control (IAM) > Role assignments. If the person needs the role, " +
        "create a member account for them in this tenant and make it eligible through PIM for Azure resources.";

    private static List<AzureRoleHolder> UnresolvedUsers(AzureSubscription s) =>
        (s.PrivilegedRoleHolders ?? []).Where(h => AzureRoles.CanGrantAccess(h) && AzureRoles.GuestStatusUnknown(h)).ToList();

    private static IEnumerable<AzureRoleHolder> GuestHolders(AzureSubscription s) =>
        (s.PrivilegedRoleHolders ?? []).Where(h => AzureRoles.CanGrantAccess(h) && AzureRoles.IsGuest(h))
            .OrderBy(h => h.RoleName, StringComparer.Ordinal).ThenBy(h => h.PrincipalId, StringComparer.Ordinal);
}
