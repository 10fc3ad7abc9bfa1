using Amazon.Runtime;
using Amazon.SecurityToken.Model;
using ComplianceEngine.Collectors.Aws.Internal;
using ComplianceEngine.Engine.Snapshot;
using Serilog;

namespace ComplianceEngine.Collectors.Aws;

/// <summary>
/// Collects one AWS account: the account id (STS), IAM (Query API), S3 buckets, EC2 instances and EBS snapshots, and
/// IAM Identity Center where the source names its region. Never throws for a
/// failing API: every dataset carries its status, and the source is partial or failed with the reason.
/// </summary>
public sealed class AwsCollector(AwsSourceOptions options, ILogger log, TimeProvider? clock = null) : ISourceCollector
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string SourceId => $"aws:{options.Label}";

    public async Task<SourceCollection> CollectAsync(CancellationToken cancellationToken)
    {
        var endpoints = new AwsEndpoints(options.EndpointUrl, options.Environment);
        var runner = new AwsCallRunner(options.MaxConcurrency, options.Retry);
        try
        {
            return await CollectAsync(endpoints, runner, cancellationToken);
        }
        catch (Exception e) when (e is AwsCallException or AmazonClientException)
        {
            // Only reached before the account id is known: no credentials, or STS refused them.
            var reason = e is AwsCallException call ? call.Message : $"credentials: {AwsFailure.Describe(e)}";
            log.Error("AWS source {Source} failed: {Reason}", SourceId, reason);
            return new SourceCollection(new SourceStatus
            {
                Id = SourceId, Provider = "aws", Scope = options.AccountId ?? "unknown", DisplayName = options.DisplayName, Status = CollectionState.Failed, Reason = reason,
                CollectedAt = _clock.GetUtcNow(), Endpoint = endpoints.Iam.ToString(),
            }, new SnapshotFacts());
        }
    }

    private async Task<SourceCollection> CollectAsync(AwsEndpoints endpoints, AwsCallRunner runner, CancellationToken ct)
    {
        var credentials = await AwsCredentialResolver.ResolveAsync(options, endpoints, runner, ct);
        string accountId;
        using (var sts = AwsClients.Sts(credentials, endpoints))
            accountId = (await runner.RunAsync("sts:GetCallerIdentity", c => sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), c), ct)).Account;

        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(60) };
        using var s3 = AwsClients.S3(credentials, endpoints);
        var iam = new IamCollection(new IamQueryClient(http, endpoints.Iam, credentials, _clock), runner, options, _clock.GetUtcNow()).CollectAsync(ct);
        var buckets = new S3Collection(s3, runner).CollectAsync(SourceId, accountId, ct);
        var rest = new SignedRestClient(http, endpoints, credentials, _clock);
        var instances = new Ec2Collection(credentials, endpoints, runner, options.Regions)
            .CollectAsync(SourceId, accountId, [
                RegionalServices.DynamoDb(credentials, endpoints, runner, SourceId, accountId),
                RegionalServices.Lambda(rest, runner, SourceId, accountId),
                RegionalServices.Efs(rest, runner, SourceId, accountId),
                RegionalServices.Rds(new RdsQueryClient(new SignedQueryClient(http, credentials, _clock), endpoints), runner, SourceId, accountId),
            ], ct);
        var center = options.IdentityCenterRegion is { } centerRegion
            ? new IdentityCenterCollection(new IdentityCenterClient(new SignedJsonClient(http, credentials, _clock), endpoints, centerRegion), runner)
                .CollectAsync(SourceId, accountId, ct)
            : Task.FromResult(IdentityCenterCollection.NotConfigured);
        await Task.WhenAll(iam, buckets, instances, center);
        var identityCenter = await center;

        var (findings, (bucketFacts, s3Status), ec2) = (await iam, await buckets, await instances);
        var (instanceFacts, ec2Status, snapshotFacts, ebsStatus, optedInRegions) = ec2;
        var users = AwsFactAssembler.Users(SourceId, accountId, findings);
        var account = AwsFactAssembler.Account(SourceId, accountId, findings) with
        {
            OptedInRegions = optedInRegions, IdentityCenterInstances = identityCenter.Instances,
        };
        var roles = AwsFactAssembler.Roles(SourceId, accountId, findings.Authorization, options.OrganizationAccountIds ?? new HashSet<string>());
        var policies = AwsFactAssembler.Policies(SourceId, accountId, findings.Authorization);
        var report = CredentialReportGaps.Apply(findings.ReportStatus, findings.Report, account, users);
        var devices = MfaDeviceGaps.Apply(findings.MfaDevicesStatus, findings.MfaFailures, users);
        var keyIds = AccessKeyIdGaps.Apply(findings.AccessKeyIds, users);
        DatasetStatus[] all =
        [
            report, findings.SummaryStatus, devices, keyIds, findings.PasswordPolicyStatus, findings.Authorization.UserPoliciesStatus,
            findings.Authorization.RolesAndPoliciesStatus, s3Status, ec2Status, ebsStatus, .. ec2.Services.Select(s => s.Status),
            identityCenter.Center, identityCenter.Assignments,
        ];
        var datasets = all.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        var facts = new SnapshotFacts
        {
            AwsAccounts = [account],
            AwsIamUsers = users,
            AwsIamRoles = roles,
            AwsIamPolicies = policies,
            AwsIdentityCenterUsers = identityCenter.Users,
            CloudResources = [.. bucketFacts.Concat(instanceFacts).Concat(snapshotFacts).Concat(ec2.Services.SelectMany(s => s.Resources)).OrderBy(r => r.Id, StringComparer.Ordinal)],
        };
        var status = Summarise(accountId, endpoints, datasets, account.Alias);
        log.Information("AWS account {AccountId} ({Source}): {Users} IAM users, {Roles} roles, {Buckets} buckets, {Instances} instances, {Snapshots} EBS snapshots, {CenterUsers} Identity Center users, {Calls} calls, {Status}",
            accountId, SourceId, users.Count, roles.Count, bucketFacts.Count, instanceFacts.Count, snapshotFacts.Count, identityCenter.Users.Count, runner.Calls, status.Status);
        foreach (var gap in datasets.Where(d => d.Status != CollectionState.Complete))
        {
            if (gap.Gaps.Count == 0)
                log.Warning("AWS account {AccountId}: {Dataset} is {State}: {Reason}", accountId, gap.Name, gap.Status, gap.Reason);
            else
                log.Warning("AWS account {AccountId}: {Dataset} is {State} in {Scopes} scope(s), e.g. {Examples}: {Reason}",
                    accountId, gap.Name, gap.Status, gap.Gaps.Count, Examples(gap.Gaps), gap.Reason);
        }
        return new SourceCollection(status, facts);
    }

    /// <summary>The first few scopes of a gap list, for a log line that stays one line with thousands of gaps.</summary>
    private static string Examples(IReadOnlyList<ScopeGap> gaps) =>
        string.Join(", ", gaps.Take(3).Select(g => DataScope.Describe(g.Scope))) + (gaps.Count > 3 ? ", …" : string.Empty);

    // The source's name: the configured display name, else the account alias (what the console shows), else the label.
    private SourceStatus Summarise(string accountId, AwsEndpoints endpoints, IReadOnlyList<DatasetStatus> datasets, string? alias)
    {
        var gaps = datasets.Where(d => d.Status != CollectionState.Complete).ToList();
        var state = gaps.Count == 0 ? CollectionState.Complete
            : gaps.Count == datasets.Count && gaps.All(d => d.Status == CollectionState.Failed) ? CollectionState.Failed
            : CollectionState.Partial;
        return new SourceStatus
        {
            Id = SourceId,
            Provider = "aws",
            Scope = accountId,
            DisplayName = options.DisplayName ?? alias ?? options.Label,
            Status = state,
            Reason = gaps.Count == 0 ? null : string.Join("; ", gaps.Select(d => $"{d.Name}: {d.Reason}")),
            CollectedAt = _clock.GetUtcNow(),
            Endpoint = endpoints.Iam.ToString(),
            Datasets = datasets,
        };
    }
}
