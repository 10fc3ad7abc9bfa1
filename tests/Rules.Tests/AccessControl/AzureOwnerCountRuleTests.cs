using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.AccessControl;

public sealed class AzureOwnerCountRuleTests
{
    private static AzureSubscription WithOwners(int count, params AzureRoleHolder[] others) => Some.AzureSubscription() with
    {
        PrivilegedRoleHolders = [.. Enumerable.Range(0, count).Select(_ => Some.RoleHolder("Owner")), .. others],
    };

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void At_most_maxOwners_owners(int owners, bool passes)
    {
        var evaluation = RuleVerifier.Verify(new AzureOwnerCountRule(), SomeSnapshot.With(WithOwners(owners)),
            passes ? Pass(Some.SubscriptionId) : Fail(Some.SubscriptionId));

        evaluation.All.Single().Observed["ownerCount"].ShouldBe(owners);
    }

    [Fact]
    public void A_principal_with_two_owner_assignments_counts_once_and_other_roles_do_not_count()
    {
        var twice = Some.RoleHolder("Owner");
        var subscription = WithOwners(2, twice, twice with { PrincipalId = twice.PrincipalId.ToUpperInvariant() },
            Some.RoleHolder("User Access Administrator"), Some.RoleHolder("Contributor"));

        var evaluation = RuleVerifier.Verify(new AzureOwnerCountRule(), SomeSnapshot.With(subscription), Pass(Some.SubscriptionId));

        evaluation.Passes.Single().Observed["ownerCount"].ShouldBe(3);
    }

    [Fact]
    public void Failure_lists_the_owners_and_how_to_demote_them()
    {
        var finding = RuleVerifier.Verify(new AzureOwnerCountRule(), SomeSnapshot.With(WithOwners(5)), Fail(Some.SubscriptionId)).Findings.Single();

        finding.Message.ShouldStartWith("Azure subscription Contoso Production has 5 Owners, more than 3: 33333333-");
        finding.Remediation!.ShouldContain($"az role assignment list --role Owner --scope /subscriptions/{Some.SubscriptionId}");
    }

    [Fact]
    public void Maximum_is_configurable()
    {
        var config = ComplianceConfig.Default with
        {
            RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
            {
                ["AZ-RBAC-02"] = new Dictionary<string, object> { ["maxOwners"] = 5 },
            },
        };

        RuleVerifier.Verify(new AzureOwnerCountRule(), SomeSnapshot.With(WithOwners(5)), config, Pass(Some.SubscriptionId));
    }

    [Fact]
    public void Role_holders_not_collected_are_an_error_not_zero_owners()
    {
        RuleVerifier.Verify(new AzureOwnerCountRule(), SomeSnapshot.With(Some.AzureSubscription() with { PrivilegedRoleHolders = null }),
            Error(Some.SubscriptionId, "role assignments were not read"));
    }

    [Fact]
    public void Role_assignments_dataset_gap_gives_an_error_for_the_source()
    {
        var sources = SomeSnapshot.WithGap(Some.AzureSource, Datasets.AzureRoleAssignments, "403 Forbidden");

        RuleVerifier.Verify(new AzureOwnerCountRule(), SomeSnapshot.With(sources, WithOwners(9)), Error(Some.AzureSource, "403 Forbidden"));
    }
}
