using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Reports.Tests.TestSupport;

/// <summary>Small, readable test data; every evaluation runs the real <see cref="Evaluator"/>.</summary>
public static class Some
{
    public const string Source = "azure:contoso";
    public const string Subscription = "sub-1";
    public static readonly DateTimeOffset CollectedAt = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    public static CloudResource Resource(string name, string region = "japaneast", string? country = "JP",
        string source = Source, bool named = true) => new()
        {
            SourceId = source,
            Provider = "azure",
            Scope = Subscription,
            Kind = "Microsoft.Storage/storageAccounts",
            Id = $"/subscriptions/{Subscription}/providers/Microsoft.Storage/storageAccounts/{name}",
            Name = named ? name : null,
            Region = region,
            Country = country,
        };

    public static SourceStatus SourceStatus(string id = Source, CollectionState status = CollectionState.Complete, string? reason = null) => new()
    {
        Id = id,
        Provider = "azure",
        Scope = Subscription,
        DisplayName = "Contoso production",
        Status = status,
        Reason = reason,
        CollectedAt = CollectedAt,
        Endpoint = "https://management.azure.com",
        Datasets = [new DatasetStatus { Name = Datasets.AzureResources, Status = status, Reason = reason, ItemCount = 3 }],
    };

    public static FactSnapshot Snapshot(IEnumerable<CloudResource> resources, params SourceStatus[] sources) => new()
    {
        CollectedAt = CollectedAt,
        Organization = "Contoso",
        Sources = sources.Length > 0 ? sources : [SourceStatus()],
        Facts = new SnapshotFacts { CloudResources = resources.ToList() },
    };

    public static Waiver Waiver(string resource, DateOnly expires, string ruleId = "TEST001", int index = 0) => new()
    {
        RuleId = ruleId,
        Resource = resource,
        Justification = "Replica required by the EU subsidiary until migration",
        Owner = "storage-team@contoso.example",
        Approver = "ciso@contoso.example",
        Expires = expires,
        Approved = new DateOnly(2026, 1, 10),
        JsonPath = $"$.waivers[{index}]",
    };

    public static ComplianceConfig Config(int passLimit = 1000, params Waiver[] waivers) => new()
    {
        Path = "rules.json",
        SarifPassLimit = passLimit,
        Waivers = waivers,
    };

    public static EvaluationResult Evaluate(FactSnapshot snapshot, ComplianceConfig? config = null) =>
        new Evaluator(config ?? Config()).Evaluate(snapshot, [new ResidencyRule(), new NamedResourceRule()]);

    /// <summary>
    /// One of each outcome for TEST001: two passes, a failure, a waived failure, a failure whose waiver
    /// expired, a resource with missing data and an out-of-scope global one; plus an unused waiver, and one
    /// unnamed resource that fails TEST002.
    /// </summary>
    public static EvaluationResult Scenario(int passLimit = 1000)
    {
        var snapshot = Snapshot(
        [
            Resource("tokyo-a"), Resource("osaka-b", "japanwest"),
            Resource("virginia", "eastus", "US"), Resource("amsterdam", "westeurope", "NL"),
            Resource("singapore", "southeastasia", "SG"), Resource("mars", "mars-1", null),
            Resource("front-door", "global", null), Resource("unnamed", named: false),
        ]);
        return Evaluate(snapshot, Config(passLimit,
            Waiver("amsterdam", new DateOnly(2027, 3, 31), index: 0),
            Waiver("singapore", new DateOnly(2026, 6, 30), index: 1),
            Waiver("no-such-resource", new DateOnly(2027, 3, 31), index: 2)));
    }

    public static RunInfo Run(string runId = "run-0001") => new()
    {
        ToolVersion = "0.1.0",
        RunId = runId,
        StartedAt = new DateTimeOffset(2026, 11, 25, 2, 0, 5, TimeSpan.Zero),
        FinishedAt = new DateTimeOffset(2026, 11, 25, 2, 0, 9, 250, TimeSpan.Zero),
        Arguments = ["compliance", "scan", "--snapshot", "snapshot.json", "--out", "out"],
        ConfigPath = "rules.json",
        ConfigSha256 = ComplianceConfig.Default.Sha256,
        SnapshotPath = "snapshot.json",
        SnapshotSha256 = new string('a', 64),
        HelpBaseUri = new Uri("https://github.com/contoso/compliance-engine/blob/main/"),
    };

    public static byte[] Render(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    public static Severity SeverityOf(EvaluationResult result, string ruleId) =>
        result.Rules.Single(r => r.Descriptor.Id == ruleId).Severity;
}
