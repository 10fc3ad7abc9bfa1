using System.Text;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Tests.Snapshot;

public sealed class SnapshotSerializerTests
{
    private static FactSnapshot Read(string json) =>
        SnapshotSerializer.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "snap.json");

    [Fact]
    public void Round_trips_every_fact_type()
    {
        var snapshot = SomeSnapshot.With(Some.Tenant(), Some.User() with { Roles = [Some.Role("62e90394-69f5-4237-9190-012177145e10")] },
            Some.AwsAccount() with { IdentityCenterInstances = ["arn:aws:sso:::instance/ssoins-1111222233334444"] }, Some.IamUser(), Some.AzureResource(),
            Some.IdentityCenterUser("alice@contoso.example", "0f3c2a1e-1111-4a4a-9b9b-123456789abc") with
            {
                Emails = ["alice@contoso.example"], DisplayName = "Alice", AdministratorAssignments = [Some.AdministratorAssignment("Platform admins")],
            });

        var copy = SnapshotSerializer.Read(new MemoryStream(SnapshotSerializer.ToUtf8Bytes(snapshot)), "copy");

        SnapshotSerializer.ToUtf8Bytes(copy).ShouldBe(SnapshotSerializer.ToUtf8Bytes(snapshot));
        copy.Facts.Count.ShouldBe(6);
        copy.Facts.AwsIdentityCenterUsers.Single().ShouldBe(snapshot.Facts.AwsIdentityCenterUsers.Single() with
        {
            ExternalIds = copy.Facts.AwsIdentityCenterUsers.Single().ExternalIds, Emails = copy.Facts.AwsIdentityCenterUsers.Single().Emails,
            AdministratorAssignments = copy.Facts.AwsIdentityCenterUsers.Single().AdministratorAssignments,
        });
        copy.Facts.AwsIdentityCenterUsers.Single().AdministratorAssignments!.Single().GroupName.ShouldBe("Platform admins");
        copy.Facts.AwsIdentityCenterUsers.Single().ExternalIds.Single().Id.ShouldBe("0f3c2a1e-1111-4a4a-9b9b-123456789abc");
    }

    [Fact]
    public void The_bundled_sample_reads()
    {
        var sample = SnapshotSerializer.Read(Repository.PathOf("samples", "sample-tenant.snapshot.json"));

        sample.Facts.EntraUsers.Count.ShouldBeGreaterThanOrEqualTo(45);
        sample.Sources.ShouldAllBe(s => s.Status == CollectionState.Complete);
    }

    [Fact]
    public void Wrong_type_names_the_path_and_line()
    {
        var error = Should.Throw<InputException>(() => Read("{\n \"collectedAt\": \"2026-11-25T02:00:00Z\",\n \"formatVersion\": \"one\"\n}"));

        error.JsonPath.ShouldBe("$.formatVersion");
        error.Line.ShouldBe(3);
    }

    [Fact]
    public void Unknown_property_is_rejected_rather_than_ignored()
    {
        Should.Throw<InputException>(() => Read("""{ "collectedAt": "2026-11-25T02:00:00Z", "fatcs": {} }""")).Message.ShouldContain("fatcs");
    }

    [Fact]
    public void Missing_required_property_is_rejected()
    {
        Should.Throw<InputException>(() => Read("""{ "formatVersion": 1 }""")).Message.ShouldContain("collectedAt");
    }

    [Fact]
    public void Fact_from_an_undeclared_source_is_rejected()
    {
        var error = Should.Throw<InputException>(() => Read("""
            { "collectedAt": "2026-11-25T02:00:00Z", "sources": [],
              "facts": { "awsAccounts": [ { "sourceId": "aws:1", "accountId": "1" } ] } }
            """));

        error.JsonPath.ShouldBe("$.facts.awsAccounts[0].sourceId");
    }

    [Fact]
    public void Unsupported_format_version_is_rejected()
    {
        var error = Should.Throw<InputException>(() => Read("""{ "formatVersion": 3, "collectedAt": "2026-11-25T02:00:00Z" }"""));

        error.JsonPath.ShouldBe("$.formatVersion");
        error.Message.ShouldContain("reads versions 1 to 2");
    }

    [Fact]
    public void Scope_gaps_round_trip()
    {
        var sources = SomeSnapshot.WithScopeGap(Some.AzureSource, Datasets.AzureResources, DataScope.Subscription(Some.SubscriptionId), "403");

        var copy = SnapshotSerializer.Read(new MemoryStream(SnapshotSerializer.ToUtf8Bytes(SomeSnapshot.With(sources))), "copy");

        var gap = copy.Sources.Single(s => s.Id == Some.AzureSource).GapsIn(Datasets.AzureResources).ShouldHaveSingleItem();
        (gap.Scope, gap.Status, gap.Reason).ShouldBe((DataScope.Subscription(Some.SubscriptionId), CollectionState.Failed, "403"));
    }

    [Fact]
    public void Version_1_reads_as_version_2_with_the_virtual_MFA_listing_split_from_the_account_summary()
    {
        var snapshot = Read("""
            { "formatVersion": 1, "collectedAt": "2026-11-25T02:00:00Z", "sources": [
              { "id": "aws:1", "provider": "aws", "scope": "1", "status": "partial", "datasets": [
                { "name": "aws.accountSummary", "status": "partial", "reason": "root MFA kind unknown: iam:ListVirtualMFADevices: 403 AccessDenied" } ] },
              { "id": "aws:2", "provider": "aws", "scope": "2", "datasets": [ { "name": "aws.accountSummary", "status": "complete" } ] } ] }
            """);

        snapshot.FormatVersion.ShouldBe(FactSnapshot.CurrentFormatVersion);
        var refused = snapshot.Sources[0];
        refused.GapIn(Datasets.AwsAccountSummary).ShouldBeNull();
        refused.GapIn(Datasets.AwsMfaDevices).ShouldBe("aws.mfaDevices from aws:1 is partial: root MFA kind unknown: iam:ListVirtualMFADevices: 403 AccessDenied");
        snapshot.Sources[1].GapIn(Datasets.AwsMfaDevices).ShouldBeNull();
    }

    [Fact]
    public void An_AWS_source_written_before_Identity_Center_was_read_has_it_not_configured()
    {
        var snapshot = Read("""
            { "formatVersion": 2, "collectedAt": "2026-11-25T02:00:00Z", "sources": [
              { "id": "aws:1", "provider": "aws", "scope": "1", "datasets": [ { "name": "aws.credentialReport", "status": "complete" } ] },
              { "id": "aws:2", "provider": "aws", "scope": "2", "status": "failed", "reason": "no credentials" } ] }
            """);

        var datasets = snapshot.Sources[0].Datasets.Where(d => d.Name.StartsWith("aws.identityCenter", StringComparison.Ordinal)).ToList();
        datasets.Select(d => (d.Name, d.Status, d.Reason)).ShouldBe(
        [
            (Datasets.AwsIdentityCenter, CollectionState.Complete, Datasets.IdentityCenterNotConfigured),
            (Datasets.AwsIdentityCenterAssignments, CollectionState.Complete, Datasets.IdentityCenterNotConfigured),
        ]);
        snapshot.Sources[1].Datasets.ShouldBeEmpty();
    }
}
