using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AZ-RBAC-02: more principals hold Owner on an Azure subscription than <c>maxOwners</c>.</summary>
public sealed class AzureOwnerCountRule : FactRule<AzureSubscription>
{
    public static readonly ParameterDescriptor MaxOwners = ParameterDescriptor.Integer("maxOwners", 3,
        "Most principals that may hold Owner on a subscription.", min: 1);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AZ-RBAC-02",
        Title = "More Azure subscription Owners than allowed",
        MessageFormat = "Azure subscription {resource} has {ownerCount} Owners, more than {maxOwners}: {owners}.",
        PassMessageFormat = "Azure subscription {resource} has {ownerCount} Owners (at most {maxOwners}).",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Owner can change anything in the subscription and grant any access. Each distinct principal with an Owner " +
                      "assignment at the subscription counts once (a group counts as one principal: review its members too).",
        RemediationSummary = "Move Owners who do not need to grant access to Contributor, or make them eligible through PIM for Azure resources, until at most maxOwners remain.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.AccessRights, Controls.OrgAccess],
        Benchmarks = [new("Microsoft Defender for Cloud", "A maximum of 3 owners should be designated for your subscription")],
        RequiredData = [Datasets.AzureSubscriptions, Datasets.AzureRoleAssignments],
        Parameters = [MaxOwners],
    };

    private int _maxOwners;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _maxOwners = parameters.Int(MaxOwners);
    }

    protected override Expression<Func<AzureSubscription, bool>> DataPresent => s => s.PrivilegedRoleHolders != null;

    protected override string MissingData(AzureSubscription s) => "the subscription's role assignments were not read";

    protected override Expression<Func<AzureSubscription, bool>> Violation => s =>
        Owners(s).Count > _maxOwners;

    protected override IReadOnlyDictionary<string, object?> Observed(AzureSubscription s)
    {
        var owners = Owners(s);
        return Observations.Of(
            ("ownerCount", owners.Count),
            ("owners", owners.Select(h => $"{h.PrincipalId} ({h.PrincipalType ?? "unknown type"})").ToList()),
            ("maxOwners", _maxOwners));
    }

    protected override string? CommandFor(AzureSubscription s)
    {
        return $"az role assignment list --role Owner --scope {Shell.Sh("/subscriptions/" + s.SubscriptionId)} --output table";
    }

    protected override string RemediationFor(AzureSubscription s) =>
        $"List the Owners: az role assignment list --role Owner --scope {Shell.Sh("/subscriptions/" + s.SubscriptionId)} --query \"[].{{principal:principalName, type:principalType}}\". " +
        $"For each one who does not need to grant access (the Owners read: {string.Join(", ", Owners(s).Select(h => h.PrincipalId))}): az role assignment create --assignee <principal id> --role Contributor --scope {Shell.Sh("/subscriptions/" + s.SubscriptionId)}, " +
        $"then az role assignment delete --assignee <principal id> --role Owner --scope {Shell.Sh("/subscriptions/" + s.SubscriptionId)}; " +
        $"keep at most {_maxOwners}, and make the rest eligible through PIM for Azure resources.";

    private static List<AzureRoleHolder> Owners(AzureSubscription s) =>
        (s.PrivilegedRoleHolders ?? []).Where(AzureRoles.IsOwner)
            .GroupBy(h => h.PrincipalId, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .OrderBy(h => h.PrincipalId, StringComparer.Ordinal).ToList();
}
