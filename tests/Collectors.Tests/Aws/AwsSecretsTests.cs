using System.Text;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws;

public sealed class AwsSecretsTests
{
    [Fact]
    public async Task Keys_and_session_tokens_never_reach_the_snapshot_the_logs_or_the_reasons()
    {
        await using var cloud = await AwsFakeCloud.StartAsync(AwsTestData.Account());
        cloud.Faults.Add("iam:GetAccountAuthorizationDetails", AwsFault.Throttle).Add("s3:ListBuckets", AwsFault.Deny).Add("iam:GetAccountSummary", AwsFault.Truncate);
        var log = new LogCapture();
        var roleOptions = AwsTestData.Options(cloud) with { RoleArn = "arn:aws:iam::123456789012:role/ComplianceAudit" };
        var badSecret = "wrong/secret+" + Guid.NewGuid().ToString("N");
        var badOptions = AwsTestData.Options(cloud) with { Credentials = new Amazon.Runtime.BasicAWSCredentials("AKIAOTHERKEY00000001", badSecret) };

        var collections = new[]
        {
            await AwsTestData.Collector(roleOptions, log.Logger).CollectAsync(CancellationToken.None),
            await AwsTestData.Collector(badOptions, log.Logger).CollectAsync(CancellationToken.None),
        };
        var snapshot = Encoding.UTF8.GetString(SnapshotSerializer.ToUtf8Bytes(SnapshotAssembler.Combine(collections, "test", DateTimeOffset.UnixEpoch)));

        collections[0].Status.Status.ShouldBe(CollectionState.Partial);
        collections[1].Status.Status.ShouldBe(CollectionState.Failed);
        var secrets = new[] { AwsFakeCloud.SecretKey, badSecret }.Concat(cloud.IssuedSessionSecrets).ToList();
        secrets.Count.ShouldBe(4);
        foreach (var secret in secrets)
        {
            snapshot.ShouldNotContain(secret);
            log.Text.ShouldNotContain(secret);
            roleOptions.ToString().ShouldNotContain(secret);
        }
        log.Text.ShouldContain("AccessDenied");
    }
}
