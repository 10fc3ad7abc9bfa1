using System.Diagnostics;
using System.Globalization;
using Amazon.Runtime;
using ComplianceEngine.Collectors.Aws;
using ComplianceEngine.Fakes.Aws;
using Serilog;

namespace ComplianceEngine.Collectors.Bench;

/// <summary>
/// One synthetic account (5,000 IAM users, 2,000 buckets, 17 regions) behind the AWS fakes with 20 ms per response, then an
/// organisation of 50 member accounts. Lower bound: every call costs at least the latency L, at most P calls are in
/// flight, and STS GetCallerIdentity must finish before anything else, so wall ≥ L × max(longest dependency chain,
/// 1 + ⌈(N − 1) / P⌉); the chain is STS, then the longer of the sequential GetAccountAuthorizationDetails pages and
/// GenerateCredentialReport → GetCredentialReport → ListMFADevices.
/// </summary>
public sealed class AwsBenchmark : ICollectorBenchmark
{
    private const int Users = 5_000, Buckets = 2_000, Groups = 10, InstancesPerRegion = 20;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(20);

    private static readonly string[] Regions =
    [
        "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-southeast-1", "ap-southeast-2", "ca-central-1",
        "eu-central-1", "eu-north-1", "eu-west-1", "eu-west-2", "eu-west-3", "sa-east-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2",
    ];

    public string Name => "aws";

    public async Task RunAsync(TextWriter output, CancellationToken cancellationToken)
    {
        output.WriteLine($"AWS collector: {Users:N0} IAM users, {Buckets:N0} buckets, {Regions.Length} regions, {Latency.TotalMilliseconds} ms latency");
        // Warm-up runs first (full size without latency, then small with latency), so JIT tiering, heap growth and
        // thread-pool ramp-up are not billed to the measured runs.
        await RunOnceAsync(TextWriter.Null, Account(Users, Buckets), 16, TimeSpan.Zero, cancellationToken);
        await RunOnceAsync(TextWriter.Null, Account(users: 1_000, buckets: 200), 16, Latency, cancellationToken);
        output.WriteLine("| max concurrency P | HTTP calls N | IAM calls | wall time | lower bound | ratio | process CPU | users | buckets | instances | status |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var concurrency in new[] { 16, 32 })
            await RunOnceAsync(output, Account(Users, Buckets), concurrency, Latency, cancellationToken);
        // S3-compatible endpoints that do not return BucketRegion: one GetBucketLocation per bucket.
        var withoutRegions = Account(Users, Buckets);
        withoutRegions.ListBucketsReturnsRegion = false;
        await RunOnceAsync(output, withoutRegions, 16, Latency, cancellationToken);
        await RunOrganizationAsync(output, cancellationToken);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"machine: {Environment.ProcessorCount} cores, load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at the end (other processes included)"));
    }

    private static async Task RunOnceAsync(TextWriter output, FakeAwsAccount account, int concurrency, TimeSpan latency,
        CancellationToken cancellationToken)
    {
        await using var cloud = await AwsFakeCloud.StartAsync(account);
        cloud.Latency = latency;
        var collector = new AwsCollector(new AwsSourceOptions
        {
            EndpointUrl = cloud.Endpoint,
            Credentials = new BasicAWSCredentials(AwsFakeCloud.AccessKeyId, AwsFakeCloud.SecretKey),
            Environment = _ => null,
            MaxConcurrency = concurrency,
        }, new LoggerConfiguration().CreateLogger());

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await collector.CollectAsync(cancellationToken);
        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        var calls = cloud.TotalCalls;
        // STS, then the longer of: the authorization-details pages (users, groups, roles, policies; 1,000 items a page),
        // and GenerateCredentialReport → GetCredentialReport → ListMFADevices.
        var items = account.Users.Count + account.GroupPolicies.Count + account.Roles.Count + account.CustomerPolicies.Count + 2;
        var chain = 1 + Math.Max((int)Math.Ceiling(items / 1000.0), 3);
        var rounds = Math.Max(chain, 1 + (int)Math.Ceiling((calls - 1) / (double)concurrency));
        var bound = latency * rounds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {concurrency}{(account.ListBucketsReturnsRegion ? "" : ", no BucketRegion")} | {calls:N0} | {cloud.Calls("iam:"):N0} | {clock.Elapsed.TotalSeconds:F2} s | {bound.TotalSeconds:F2} s | {clock.Elapsed / bound:F2}× | {cpu.TotalSeconds:F1} s | "
            + $"{result.Facts.AwsIamUsers.Count:N0} | {result.Facts.CloudResources.Count(r => r.Kind == "aws:s3:bucket"):N0} | "
            + $"{result.Facts.CloudResources.Count(r => r.Kind == "aws:ec2:instance"):N0} | {result.Status.Status} (max in flight {cloud.MaxInFlight}, bad signatures {cloud.SignatureFailures}) |"));
    }

    private static FakeAwsAccount Account(int users, int buckets)
    {
        var account = new FakeAwsAccount
        {
            PageSize = 1000,
            Users =
            [
                .. Enumerable.Range(0, users).Select(i => new FakeIamUser($"user{i:D5}")
                {
                    PasswordEnabled = i % 2 == 0,
                    MfaActive = i % 3 == 0,
                    // Every 300th MFA user holds a hardware token: only those are asked ListMFADevices.
                    MfaSerials = i % 3 != 0 ? [] : i % 900 == 0 ? [$"GAHT{i:D8}"] : [$"arn:aws:iam::123456789012:mfa/user{i:D5}"],
                    AccessKeyActive = i % 4 == 0,
                    Policies = i % 50 == 0 ? ["arn:aws:iam::aws:policy/AdministratorAccess"] : [],
                    Groups = [$"group{i % Groups}"],
                }),
            ],
            Buckets = [.. Enumerable.Range(0, buckets).Select(i => new FakeBucket($"bucket-{i:D5}", Regions[i % Regions.Length]))],
            Regions = [.. Regions.Select(r => new FakeRegion(r))],
            Instances = [.. Regions.SelectMany(r => Enumerable.Range(0, InstancesPerRegion).Select(i => new FakeInstance($"i-{Array.IndexOf(Regions, r):D4}{i:D13}", r)))],
        };
        account.Roles.Add(new FakeRole("ops", """{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole"}]}""")
            { Policies = ["arn:aws:iam::aws:policy/AdministratorAccess"] });
        for (var g = 0; g < Groups; g++)
            account.GroupPolicies[$"group{g}"] = [g == 0 ? "arn:aws:iam::aws:policy/AdministratorAccess" : "arn:aws:iam::aws:policy/ReadOnlyAccess"];
        return account;
    }

    /// <summary>An organisation of 50 member accounts (N IAM users, 20 buckets, 2 regions each), 8 accounts at a time;
    /// N from COMPLIANCE_BENCH_ORG_USERS (default 100; the issue's scale is 5,000).</summary>
    private static async Task RunOrganizationAsync(TextWriter output, CancellationToken cancellationToken)
    {
        const int Accounts = 50, MaxAccounts = 8, Concurrency = 16;
        var usersPerAccount = int.TryParse(Environment.GetEnvironmentVariable("COMPLIANCE_BENCH_ORG_USERS"), out var n) && n > 0 ? n : 100;
        var members = Enumerable.Range(1, Accounts).Select(a =>
        {
            var account = Account(users: usersPerAccount, buckets: 20);
            var member = new FakeAwsAccount
            {
                AccountId = $"{100000000000 + a}", PageSize = 1000, Users = account.Users, GroupPolicies = account.GroupPolicies, Roles = account.Roles,
                Buckets = account.Buckets, Regions = [.. Regions.Take(2).Select(r => new FakeRegion(r))],
            };
            return new FakeMember(member, $"member-{a:D2}");
        }).ToList();
        await using var cloud = await AwsFakeCloud.StartAsync(members[0].Account, new FakeOrganization { Members = members });
        cloud.Latency = Latency;
        var collector = new AwsOrganizationCollector(new AwsSourceOptions
        {
            EndpointUrl = cloud.Endpoint,
            Credentials = new BasicAWSCredentials(AwsFakeCloud.AccessKeyId, AwsFakeCloud.SecretKey),
            Environment = _ => null,
            MaxConcurrency = Concurrency,
            Organization = new AwsOrganizationOptions { RoleName = "ComplianceAudit", MaxAccounts = MaxAccounts },
        }, new LoggerConfiguration().CreateLogger());

        var clock = Stopwatch.StartNew();
        var collections = await ((ISourceCollector)collector).CollectAllAsync(cancellationToken);
        clock.Stop();
        // ListAccounts pages, then per account (8 at a time): AssumeRole, GetCallerIdentity, then the account's own chain.
        var perAccount = cloud.TotalCalls / (double)Accounts;
        var bound = Latency * Math.Ceiling(Accounts / (double)MaxAccounts) * Math.Max(2 + 4, 2 + Math.Ceiling((perAccount - 2) / Concurrency));
        output.WriteLine();
        output.WriteLine("| organisation | HTTP calls N | IAM calls | wall time | lower bound | ratio | sources complete |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Accounts} accounts × {usersPerAccount:N0} users, {MaxAccounts} accounts at a time, P = {Concurrency} each | {cloud.TotalCalls:N0} | {cloud.Calls("iam:"):N0} | "
            + $"{clock.Elapsed.TotalSeconds:F2} s | {bound.TotalSeconds:F2} s | {clock.Elapsed / bound:F2}× | "
            + $"{collections.Count(c => c.Status.Status == Engine.Snapshot.CollectionState.Complete)} of {collections.Count} |"));
    }
}
