using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class AzureGlobalResourceRuleTests
{
    [Fact]
    public void Global_and_location_less_resources_are_listed_for_manual_review_at_note_severity()
    {
        var dnsZone = Some.AzureResource("global", null) with { Kind = "Microsoft.Network/dnszones", Name = "contoso.example" };
        var noLocation = Some.AzureResource("", null);
        var regional = Some.AzureResource("japaneast", "JP");

        var evaluation = RuleVerifier.Verify(new AzureGlobalResourceRule(), SomeSnapshot.With(dnsZone, noLocation, regional),
            Fail(dnsZone.Id), Fail(noLocation.Id));

        evaluation.Severity.ShouldBe(Severity.Note);
        evaluation.OutOfScope.ShouldBe(1);
        var dns = evaluation.Findings.Single(f => f.Resource.Id == dnsZone.Id);
        dns.Message.ShouldBe("contoso.example (Microsoft.Network/dnszones) has location 'global': no single country, so where its data is stored must be reviewed manually.");
        dns.Remediation!.ShouldContain($"record a waiver for LOC-AZ-02 on azure/{Some.SubscriptionId}/Microsoft.Network/dnszones/{dnsZone.Id}");
        evaluation.Findings.Single(f => f.Resource.Id == noLocation.Id).Observed["location"].ShouldBe("none");
    }

    [Fact]
    public void A_completed_review_is_recorded_as_a_waiver()
    {
        var frontDoor = Some.AzureResource("global", null) with { Kind = "Microsoft.Cdn/profiles" };
        var config = ComplianceConfig.Default with
        {
            Waivers = [new Waiver
            {
                RuleId = "LOC-AZ-02", Resource = frontDoor.Id, Justification = "Caches public web assets only; origin in japaneast.",
                Owner = "web-team", Approver = "ciso", Expires = new DateOnly(2027, 11, 30),
            }],
        };

        RuleVerifier.Verify(new AzureGlobalResourceRule(), SomeSnapshot.With(frontDoor), config, Waived(frontDoor.Id));
    }

    [Fact]
    public void Subscription_with_only_regional_resources_has_nothing_to_review()
    {
        RuleVerifier.Verify(new AzureGlobalResourceRule(), SomeSnapshot.With(Some.AzureResource(), Some.AzureResource("eastus", "US")),
            RuleNotApplicable("no resource is in scope (2 out of scope)"));
    }

    [Fact]
    public void Aws_resources_are_not_covered()
    {
        var bucket = Some.AwsResource(S3BucketLocationRule.Kind, "global", null);

        RuleVerifier.Verify(new AzureGlobalResourceRule(), SomeSnapshot.With(bucket), RuleNotApplicable("no resource is in scope (1 out of scope)"));
    }

    [Fact]
    public void Resource_listing_not_collected_is_an_error_not_nothing_to_review()
    {
        var sources = SomeSnapshot.WithGap(Some.AzureSource, Datasets.AzureResources, "429 Too Many Requests after 5 retries");

        RuleVerifier.Verify(new AzureGlobalResourceRule(), SomeSnapshot.With(sources), Error(Some.AzureSource, "429"));
    }
}
