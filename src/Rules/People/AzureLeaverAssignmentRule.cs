using System.Linq.Expressions;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.People;

/// <summary>PERSON-LEAVER-01: a disabled or deleted Entra user still holds a privileged Azure role assignment.</summary>
public sealed class AzureLeaverAssignmentRule : FactRule<AzurePrincipal>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "PERSON-LEAVER-01",
        Title = "Disabled or deleted user still holds an Azure role",
        MessageFormat = "{resource} is {state} in Entra ID but still holds {assignments} on subscription {subscription}.",
        PassMessageFormat = "{resource} is an enabled Entra user holding {assignments}.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "When someone leaves, disabling their Entra account is not the end: Azure role assignments made to the account stay, " +
                      "and an account re-enabled by mistake (or a deleted one restored) gets them back at once. An assignment whose principal " +
                      "was deleted (ARM returns principalType Unknown) is a leftover nobody reviews. Every Owner, User Access Administrator " +
                      "and Contributor assignment at or above a subscription is checked against the same run's directory. An assignment to a " +
                      "group is checked on each of the group's transitive user members (a disabled member keeps the role through the " +
                      "group); when the group's members could not be read, the result for that group is Error, never a pass.",
        RemediationSummary = "Remove the role assignments of the leaver (and of deleted principals) from the subscription or management group; remove a leaver from the groups that hold Azure roles.",
        Controls = PersonControls.All,
        Benchmarks = [new("Microsoft Defender for Cloud", "Deprecated accounts should be removed from your subscription")],
        RequiredData = [Datasets.AzureSubscriptions, Datasets.AzureRoleAssignments, Datasets.EntraUsers, Datasets.EntraGroupMembers],
        Since = "0.5.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    // A group is judged on its members; one whose members are unknown stays in scope, to be Error.
    protected override Expression<Func<AzurePrincipal, bool>> Scope => p => p.MayBePerson || (p.IsGroup && !p.MembersKnown);

    protected override string? NotApplicable(AzurePrincipal p) => p.IsGroup
        ? $"its {p.Group?.MemberIds?.Count ?? 0} members are checked one by one, each holding the group's roles"
        : null;

    protected override Expression<Func<AzurePrincipal, bool>> DataPresent => p => p.State != LinkState.Unresolved && !(p.IsGroup && !p.MembersKnown);

    protected override string MissingData(AzurePrincipal p) => p.IsGroup
        ? $"the members of {p.GroupName} ({p.PrincipalId}) were not read (entra.groupMembers), so who holds its roles is unknown"
        : $"principal {p.PrincipalId} is not among the Entra users read: the directory of tenant {p.Subscription.TenantId ?? "(unknown)"} was not read completely in this run";

    protected override Expression<Func<AzurePrincipal, bool>> Violation => p => p.State == LinkState.Disabled || p.State == LinkState.Deleted;

    // An assignment seen to a disabled or deleted principal is a finding whatever other scopes would add.
    protected override bool FailStandsWithout(AzurePrincipal p, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) => true;

    protected override IReadOnlyDictionary<string, object?> Observed(AzurePrincipal p) => Observations.Of(
        ("state", p.State switch { LinkState.Disabled => "disabled", LinkState.Deleted => "deleted", _ => "enabled" }),
        ("principalType", p.PrincipalType),
        ("heldThrough", p.ViaGroup ? p.GroupName : "direct"),
        ("subscription", p.Subscription.DisplayName ?? p.Subscription.SubscriptionId),
        ("assignments", p.Assignments.Select(a => $"{a.RoleName} at {a.Scope ?? "/subscriptions/" + p.Subscription.SubscriptionId}").ToList()));

    protected override string RemediationFor(AzurePrincipal p) => p.ViaGroup
        ? $"Remove {p.User?.UserPrincipalName ?? p.PrincipalId} from {p.GroupName}, which holds the role for its other members: " +
          $"az ad group member remove --group {Shell.Sh(p.Group!.Id)} --member-id {Shell.Sh(p.PrincipalId)} " +
          "(for a nested membership, remove them from the nested group). Portal: Microsoft Entra ID > Groups > the group > Members > remove. " +
          "Then make removing group memberships part of the leaver process (Entra ID Governance lifecycle workflows or an access review)."
        : string.Join(" ", p.Assignments.Select(a =>
            $"az role assignment delete --assignee {Shell.Sh(p.PrincipalId)} --role {Shell.Sh(a.RoleName)} --scope {Shell.Sh(a.Scope ?? "/subscriptions/" + p.Subscription.SubscriptionId)};")) +
        " Portal: the subscription (or management group) > Access control (IAM) > Role assignments > remove. " +
        "Then make removing Azure role assignments part of the leaver process (Entra ID Governance lifecycle workflows or an access review).";
}
