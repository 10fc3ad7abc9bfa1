using System.Text;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Tests.Evaluation;

/// <summary><see cref="EvaluationResult.IncompleteScopes"/>: each part of a source that was not read, said once.</summary>
public sealed class IncompleteScopesTests
{
    private const string Forbidden = "403 AuthorizationFailed: the client does not have authorization over scope /subscriptions/restricted";
    private const string Restricted = "44444444-4444-4444-4444-444444444444";

    private static readonly ComplianceConfig Config = ConfigLoader.Parse(Encoding.UTF8.GetBytes("""
        { "customRules": [
            { "id": "ORG-AWS-01", "title": "IAM user without MFA", "factType": "AwsIamUser", "condition": "MfaActive == false", "requiredData": ["aws.credentialReport"] },
            { "id": "ORG-ENT-01", "title": "No PIM", "factType": "EntraTenant", "condition": "PimAvailable == false", "requiredData": ["entra.organization", "entra.pim"] }
        ] }
        """), "rules.json", [CountryRule.Rule]);

    private static SourceStatus WithGaps(SourceStatus source, string dataset, params ScopeGap[] gaps) => source with
    {
        Status = CollectionState.Partial,
        Datasets = source.Datasets.Select(d => d.Name != dataset ? d : d with
        {
            Status = gaps.Length == 0 ? CollectionState.Failed : CollectionState.Partial,
            Reason = gaps.Length == 0 ? "403: no Entra ID P2" : $"{gaps.Length} scopes not read",
            Gaps = gaps,
        }).ToList(),
    };

    private static EvaluationResult Evaluate(IReadOnlyList<SourceStatus> sources, params Fact[] facts) =>
        new Evaluator(Config).Evaluate(SomeSnapshot.With(sources, facts), [new CountryRule(), .. Config.CustomRules.Select(r => r.Create())]);

    [Fact]
    public void A_subscription_gap_a_whole_dataset_gap_and_300_item_gaps_are_three_scopes_each_said_once()
    {
        var users = Enumerable.Range(0, 300).Select(i => Some.IamUser($"user-{i:D3}")).ToArray();
        var subscriptionGap = new ScopeGap { Scope = DataScope.Subscription(Restricted), Reason = Forbidden };
        var aws = SomeSnapshot.AllSourcesComplete[1];
        var azure = SomeSnapshot.AllSourcesComplete[2];
        var sources = new[]
        {
            WithGaps(SomeSnapshot.AllSourcesComplete[0], Datasets.EntraPim),
            WithGaps(aws, Datasets.AwsCredentialReport,
                [.. users.Select(u => new ScopeGap { Scope = DataScope.Item(u.Resource.Key), Reason = "missing from the credential report" })]),
            WithGaps(WithGaps(azure, Datasets.AzureResources, subscriptionGap), Datasets.AzureRoleAssignments, subscriptionGap),
        };
        var subscriptions = new Fact[]
        {
            Some.AzureSubscription() with { SubscriptionId = Restricted, DisplayName = "Restricted" },
            Some.AzureSubscription(),
            Some.AzureSubscription() with { SubscriptionId = "55555555-5555-5555-5555-555555555555" },
        };

        var result = Evaluate(sources, [Some.Tenant(), Some.AzureResource(), .. subscriptions, .. users]);

        result.IncompleteScopes.Select(s => (s.Source.Id, s.Scope)).ShouldBe(
            [(Some.AwsSource, "item"), (Some.AzureSource, DataScope.Subscription(Restricted)), (Some.EntraSource, (string?)null)]);
        var items = result.IncompleteScopes[0];
        items.ItemCount.ShouldBe(300);
        items.Items.ShouldBe(["user-000", "user-001", "user-002", "user-003", "user-004"]);
        items.Datasets.ShouldBe([Datasets.AwsCredentialReport]);
        items.Reason.ShouldBe("missing from the credential report");
        items.ErrorRules.ShouldBe(["ORG-AWS-01"]);
        items.Describe().ShouldBe("300 items (user-000, user-001, user-002, user-003, user-004, …)");

        var subscription = result.IncompleteScopes[1];
        subscription.Datasets.ShouldBe([Datasets.AzureResources, Datasets.AzureRoleAssignments]);
        subscription.Reason.ShouldBe(Forbidden);
        subscription.ErrorRules.ShouldBe([CountryRule.Rule.Id]);
        subscription.OtherScopesComplete.ShouldBe(2);
        subscription.Describe().ShouldBe($"subscription Restricted ({Restricted})");

        var whole = result.IncompleteScopes[2];
        whole.Datasets.ShouldBe([Datasets.EntraPim]);
        whole.Status.ShouldBe(CollectionState.Failed);
        whole.Reason.ShouldBe("403: no Entra ID P2");
        whole.ErrorRules.ShouldBe(["ORG-ENT-01"]);
        whole.OtherScopesComplete.ShouldBeNull();
    }

    [Fact]
    public void Datasets_missing_for_different_reasons_give_each_reason_once_with_its_datasets()
    {
        var azure = SomeSnapshot.AllSourcesComplete[2];
        var scope = DataScope.Subscription(Restricted);
        var sources = SomeSnapshot.AllSourcesComplete.Take(2).Append(
            WithGaps(WithGaps(WithGaps(azure,
                Datasets.AzureResources, new ScopeGap { Scope = scope, Reason = Forbidden }),
                Datasets.AzureRoleAssignments, new ScopeGap { Scope = scope, Reason = Forbidden }),
                Datasets.AzurePolicyAssignments, new ScopeGap { Scope = scope, Status = CollectionState.Partial, Reason = "429 after 5 retries" })).ToList();

        var only = Evaluate(sources).IncompleteScopes.ShouldHaveSingleItem();

        only.Reason.ShouldBe($"azure.resources, azure.roleAssignments: {Forbidden}; azure.policyAssignments: 429 after 5 retries");
        only.OtherScopesComplete.ShouldBe(0);
    }

    [Fact]
    public void A_failed_source_is_one_whole_scope_and_a_complete_run_has_none()
    {
        var failed = Evaluate(SomeSnapshot.WithFailed(Some.AzureSource, "401 Unauthorized"), Some.AzureResource());
        var complete = Evaluate(SomeSnapshot.AllSourcesComplete, Some.AzureResource());

        var whole = failed.IncompleteScopes.ShouldHaveSingleItem();
        (whole.Scope, whole.Reason, whole.Describe()).ShouldBe((null, "401 Unauthorized", "whole source"));
        whole.Datasets.ShouldBe(Datasets.Of("azure").Order(StringComparer.Ordinal));
        whole.ErrorRules.ShouldBe([CountryRule.Rule.Id]);
        complete.IncompleteScopes.ShouldBeEmpty();
    }
}
