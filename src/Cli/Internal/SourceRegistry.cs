using System.Text.Json;
using ComplianceEngine.Collectors;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using Serilog;

namespace ComplianceEngine.Cli.Internal;

/// <summary>Turns rules.json's <c>sources</c> section into collectors, one provider key each.</summary>
internal static class SourceRegistry
{
    private delegate IReadOnlyList<ISourceCollector> Factory(JsonElement section, string file, string jsonPath, ILogger log);

    private static readonly IReadOnlyDictionary<string, Factory> Providers = new Dictionary<string, Factory>(StringComparer.Ordinal)
    {
        ["entra"] = (section, file, path, log) => Collectors.Entra.EntraSources.FromConfig(section, file, path, log,
            Collectors.Entra.EntraCollectorOptions.Default with { OnPage = CollectionProgress.For(log) }),
        ["aws"] = Collectors.Aws.AwsSources.FromConfig,
        ["azure"] = Collectors.Azure.AzureSources.FromConfig,
    };

    public static bool HasSources(ComplianceConfig config) =>
        config.Sources is { ValueKind: JsonValueKind.Object } sources && sources.EnumerateObject().Any();

    public static IReadOnlyList<ISourceCollector> Create(ComplianceConfig config, ILogger log)
    {
        var file = config.Path ?? ConfigFile.DefaultName;
        if (config.Sources is not { } sources)
            return [];
        if (sources.ValueKind != JsonValueKind.Object)
            throw new InputException(file, "$.sources", null, "expected an object keyed by provider (entra, aws, azure)");
        var collectors = new List<ISourceCollector>();
        foreach (var provider in sources.EnumerateObject())
        {
            var path = $"$.sources.{provider.Name}";
            if (!Providers.TryGetValue(provider.Name, out var factory))
                throw new InputException(file, path, null, $"unknown source provider '{provider.Name}'; expected one of: {string.Join(", ", Providers.Keys)}");
            collectors.AddRange(factory(provider.Value, file, path, log));
        }
        return collectors;
    }

    /// <summary>Reads the sources section as a scan would, without contacting any of them.</summary>
    public static void Validate(ComplianceConfig config) => Create(config, Serilog.Core.Logger.None);

    public static Task<FactSnapshot> CollectAsync(ComplianceConfig config, ILogger log, CancellationToken cancellation) =>
        SnapshotAssembler.CollectAsync(Create(config, log), organization: null, TimeProvider.System, cancellation);
}
