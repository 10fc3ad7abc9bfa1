using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

/// <summary>#15.5: the account alias names the account for people (worklist, report); it decides nothing.</summary>
public sealed class AwsAccountAliasTests
{
    private static FakeAwsAccount Named(string? alias)
    {
        var fake = AwsTestData.Account();
        return new FakeAwsAccount { Alias = alias, Users = fake.Users, Regions = fake.Regions };
    }

    [Fact]
    public async Task The_alias_names_the_account_fact_and_the_source_when_no_display_name_is_configured()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Named("sample-prod"));

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Facts.AwsAccounts.Single().Alias.ShouldBe("sample-prod");
        result.Status.DisplayName.ShouldBe("sample-prod");
        cloud.Calls("iam:ListAccountAliases").ShouldBe(1);
    }

    [Fact]
    public async Task A_configured_display_name_wins_over_the_alias()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Named("sample-prod"));

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud) with { DisplayName = "Production (Tokyo)" }).CollectAsync(CancellationToken.None);

        result.Status.DisplayName.ShouldBe("Production (Tokyo)");
        result.Facts.AwsAccounts.Single().Alias.ShouldBe("sample-prod");
    }

    [Fact]
    public async Task A_refused_alias_leaves_the_account_unnamed_and_the_collection_complete()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(Named("sample-prod"));
        cloud.Faults.Add("iam:ListAccountAliases", AwsFault.Deny);

        var result = await AwsTestData.Collector(AwsTestData.Options(cloud)).CollectAsync(CancellationToken.None);

        result.Status.Status.ShouldBe(CollectionState.Complete);
        result.Facts.AwsAccounts.Single().Alias.ShouldBeNull();
        result.Status.DisplayName.ShouldBe("default");
    }
}
