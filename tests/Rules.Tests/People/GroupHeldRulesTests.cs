using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.People;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.People;

/// <summary>Azure roles held through a group: judged on each member; a group whose members are unknown is Error, never a pass.</summary>
public sealed class GroupHeldRulesTests
{
    private const string GroupId = "9999aaaa-0000-0000-0000-000000000001";

    private static AzureSubscription HeldBy(params AzureRoleHolder[] holders) =>
        Some.AzureSubscription() with { PrivilegedRoleHolders = holders, DirectoryUsersRead = true };

    private static AzureRoleHolder Holder(string principalId, string type, string role = "Owner") =>
        new() { PrincipalId = principalId, PrincipalType = type, RoleName = role, Scope = $"/subscriptions/{Some.SubscriptionId}" };

    private static EntraGroup Group(params string[]? members) => new()
    {
        SourceId = Some.EntraSource, TenantId = Some.TenantId, Id = GroupId, DisplayName = "Ops admins", MemberIds = members,
    };

    private static string Member(string userId) => $"{GroupId}/members/{userId}";

    [Fact]
    public void A_disabled_member_fails_through_the_group_an_enabled_one_passes_and_the_group_itself_is_not_applicable()
    {
        var enabled = Some.User();
        var disabled = Some.User() with { AccountEnabled = false };
        var direct = Some.User();

        var evaluation = RuleVerifier.Verify(new AzureLeaverAssignmentRule(),
            SomeSnapshot.With(enabled, disabled, direct, Group(enabled.Id, disabled.Id), HeldBy(Holder(GroupId, "Group", "Contributor"), Holder(direct.Id, "User"))),
            Pass(Member(enabled.Id)), Fail(Member(disabled.Id)), Pass(direct.Id), NotApplicable(GroupId, "its 2 members are checked one by one"));

        var finding = evaluation.Findings.Single(f => f.Outcome == Outcome.Fail);
        finding.Message.ShouldContain($"{disabled.UserPrincipalName} (through group Ops admins) is disabled in Entra ID but still holds Contributor");
        finding.Observed["heldThrough"].ShouldBe("group Ops admins");
        finding.Remediation!.ShouldContain($"az ad group member remove --group {GroupId} --member-id {disabled.Id}");
        finding.Remediation!.ShouldNotContain("az role assignment delete");
    }

    [Fact]
    public void A_group_whose_members_were_refused_is_Error_and_the_direct_holders_keep_their_results()
    {
        var direct = Some.User();
        var group = Group(null);
        var sources = SomeSnapshot.WithScopeGap(Some.EntraSource, Datasets.EntraGroupMembers, DataScope.Item(group.Resource.Key), "403 Forbidden");

        RuleVerifier.Verify(new AzureLeaverAssignmentRule(), SomeSnapshot.With(sources, direct, group, HeldBy(Holder(GroupId, "Group"), Holder(direct.Id, "User"))),
            Pass(direct.Id), Error(GroupId, "403 Forbidden"));
    }

    [Fact]
    public void A_snapshot_without_group_members_gives_Error_for_the_groups_only()
    {
        var direct = Some.User();
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraGroupMembers, "not collected");

        RuleVerifier.Verify(new AzureLeaverAssignmentRule(), SomeSnapshot.With(sources, direct, HeldBy(Holder(GroupId, "Group"), Holder(direct.Id, "User"))),
            Pass(direct.Id), Error(Some.EntraSource, "entra.groupMembers"));
        // Without a group holding Azure roles, the missing dataset changes nothing.
        RuleVerifier.Verify(new AzureLeaverAssignmentRule(), SomeSnapshot.With(sources, direct, HeldBy(Holder(direct.Id, "User"))), Pass(direct.Id));
    }

    [Fact]
    public void A_role_held_through_a_group_is_a_privileged_place_for_mfa_and_staleness()
    {
        var weak = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] };
        var old = Some.Now.AddDays(-200);
        var dormant = Some.User() with { SignIn = new SignInActivity { LastSuccessfulSignIn = old } };
        var snapshot = SomeSnapshot.With(weak, dormant, Group(weak.Id, dormant.Id), HeldBy(Holder(GroupId, "Group")));

        RuleVerifier.Verify(new CrossCloudPrivilegeWithoutPhishingResistantMfaRule(), snapshot, Fail(weak.Id));
        var stale = RuleVerifier.Verify(new StalePersonRule(), snapshot, Fail(dormant.Id), Pass(weak.Id));
        stale.Findings.Single().Remediation!.ShouldContain($"az ad group member remove --group {GroupId} --member-id {dormant.Id}");
    }

    [Fact]
    public void People_of_a_tenant_whose_group_members_are_unknown_are_Error_while_a_seen_failure_stands()
    {
        var weak = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)] };
        var strong = Some.User() with { Roles = [Some.Role(EntraRoleIds.GlobalAdministrator)], Mfa = Some.Mfa with { MethodsRegistered = ["fido2SecurityKey"] } };
        var group = Group(null);
        var sources = SomeSnapshot.WithScopeGap(Some.EntraSource, Datasets.EntraGroupMembers, DataScope.Item(group.Resource.Key), "403 Forbidden");
        var owned = HeldBy(Holder(GroupId, "Group"), Holder(weak.Id, "User"), Holder(strong.Id, "User"));

        // Either may be a member of the unread group: weak's failure stands (more places cannot undo it), strong's pass is
        // unknown like any joined fact's under a gap — one Error for the group stands for every such person.
        var evaluation = RuleVerifier.Verify(new CrossCloudPrivilegeWithoutPhishingResistantMfaRule(), SomeSnapshot.With(sources, weak, strong, group, owned),
            Fail(weak.Id), Error($"{Some.EntraSource}/{DataScope.Item(group.Resource.Key)}", "403 Forbidden"));
        ((IEnumerable<string>)evaluation.Findings.Single(f => f.Outcome == Outcome.Error).Observed["affected"]!).ShouldContain(p => p.EndsWith(strong.Id));
    }
}
