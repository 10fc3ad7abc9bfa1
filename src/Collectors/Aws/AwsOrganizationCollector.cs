using Amazon.Runtime;
using ComplianceEngine.Collectors.Aws.Internal;
using ComplianceEngine.Engine.Snapshot;
using Serilog;

namespace ComplianceEngine.Collectors.Aws;

/// <summary>
/// Collects every account of an AWS organisation: lists the accounts from the management (or delegated administrator)
/// account, keeps those <c>include</c>/<c>exclude</c> select, and collects each ACTIVE one as its own source
/// (<c>aws:&lt;account id&gt;</c>) through the configured role, a few accounts at a time. An account whose role cannot
/// be assumed is a failed source of its own; a suspended account is reported as not scanned.
/// </summary>
public sealed class AwsOrganizationCollector(AwsSourceOptions options, ILogger log, TimeProvider? clock = null) : ISourceCollector
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly AwsOrganizationOptions _organization = options.Organization
        ?? throw new ArgumentException("An organisation source needs its organization options.", nameof(options));

    public string SourceId => $"aws:organization/{options.Label}";

    /// <summary>Only the organisation's listing; its accounts come from <see cref="CollectAllAsync"/>.</summary>
    public async Task<SourceCollection> CollectAsync(CancellationToken cancellationToken) => (await CollectAllAsync(cancellationToken))[0];

    public async Task<IReadOnlyList<SourceCollection>> CollectAllAsync(CancellationToken cancellationToken)
    {
        var endpoints = new AwsEndpoints(options.EndpointUrl, options.Environment);
        var runner = new AwsCallRunner(options.MaxConcurrency, options.Retry);
        AWSCredentials credentials;
        IReadOnlyList<OrganizationAccount> accounts;
        IReadOnlySet<string> all;
        try
        {
            credentials = await AwsCredentialResolver.ResolveAsync(options, endpoints, runner, cancellationToken);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            var client = new OrganizationsClient(http, endpoints.OverrideFor("ORGANIZATIONS") ?? OrganizationsClient.PublicEndpoint, credentials, _clock);
            var listed = await runner.AllPagesAsync("organizations:ListAccounts", client.ListAccountsAsync, cancellationToken);
            all = listed.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            accounts = await new OrganizationScope(client, runner).SelectAsync(listed, _organization, cancellationToken);
        }
        catch (Exception e) when (e is AwsCallException or AmazonClientException)
        {
            var reason = e is AwsCallException call ? call.Message : $"credentials: {AwsFailure.Describe(e)}";
            log.Error("AWS organisation {Source} could not be listed: {Reason}", SourceId, reason);
            return [Failed(SourceId, "unknown", null, reason, endpoints)];
        }

        // An account's ARN in Organizations names the management account: arn:aws:organizations::<management>:account/o-…/<id>.
        var management = accounts.Select(a => a.Arn?.Split(':') is [_, _, _, _, { Length: 12 } owner, ..] ? owner : null).FirstOrDefault(a => a is not null);
        log.Information("AWS organisation {Source}: {Selected} of {Total} accounts selected, {Suspended} not active",
            SourceId, accounts.Count, all.Count, accounts.Count(a => !a.IsActive));
        using var gate = new SemaphoreSlim(Math.Max(1, _organization.MaxAccounts));
        var collections = await Task.WhenAll(accounts.Select(async account =>
        {
            if (!account.IsActive)
            {
                log.Warning("AWS account {AccountId} is {State} in the organisation: not scanned", account.Id, account.State);
                return Failed($"aws:{account.Id}", account.Id, account.Name,
                    $"account is {account.State} in the organisation: not scanned", endpoints);
            }
            await gate.WaitAsync(cancellationToken);
            try
            {
                var member = options with
                {
                    Organization = null,
                    Profile = null,
                    Credentials = credentials,
                    RoleArn = $"arn:{account.Partition}:iam::{account.Id}:role/{_organization.RoleName}",
                    AccountId = account.Id,
                    DisplayName = account.Name,
                    OrganizationAccountIds = all,
                    // Identity Center belongs to the organisation: read once, from the management account.
                    IdentityCenterRegion = account.Id == management ? options.IdentityCenterRegion : null,
                };
                return await new AwsCollector(member, log, _clock).CollectAsync(cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));
        return collections;
    }

    private SourceCollection Failed(string id, string scope, string? name, string reason, AwsEndpoints endpoints) => new(new SourceStatus
    {
        Id = id, Provider = "aws", Scope = scope, DisplayName = name, Status = CollectionState.Failed, Reason = reason,
        CollectedAt = _clock.GetUtcNow(), Endpoint = endpoints.Iam.ToString(),
    }, new SnapshotFacts());
}
