using System.Security.Cryptography;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Snapshot;
using Serilog;

namespace ComplianceEngine.Cli.Internal;

/// <summary>The snapshot a scan evaluates, its bytes (copied into the outputs as evidence) and their hash.</summary>
internal sealed record SnapshotInput(FactSnapshot Snapshot, byte[] Bytes, string Origin)
{
    public string Sha256 { get; } = Convert.ToHexStringLower(SHA256.HashData(Bytes));
}

internal static class SnapshotSource
{
    /// <summary>Where the bundled sample tenant is, next to the executable.</summary>
    public static string BundledSample => Path.Combine(AppContext.BaseDirectory, "samples", "sample-tenant.snapshot.json");

    public static async Task<SnapshotInput> ResolveAsync(FileInfo? given, ComplianceConfig config, ILogger log, CancellationToken cancellation)
    {
        if (given is not null)
            return Read(given.FullName);
        if (SourceRegistry.HasSources(config))
        {
            var snapshot = await SourceRegistry.CollectAsync(config, log, cancellation);
            return new SnapshotInput(snapshot, SnapshotSerializer.ToUtf8Bytes(snapshot), "collected from the sources in " + config.Path);
        }
        log.Warning("No --snapshot and no sources in rules.json: scanning the bundled sample tenant {Sample}", BundledSample);
        return Read(BundledSample) with { Origin = "the bundled sample tenant" };
    }

    private static SnapshotInput Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new Engine.InputException(path, null, null, "the snapshot file does not exist");
        // Read whole (its bytes are copied into the outputs as evidence): one array, so at most Array.MaxLength bytes.
        if (info.Length > Array.MaxLength)
            throw new Engine.InputException(path, null, null,
                $"the snapshot is {info.Length:N0} bytes; this build reads snapshots of up to {Array.MaxLength:N0} bytes (2 GB): split the sources over several scans");
        var bytes = File.ReadAllBytes(path);
        using var stream = new MemoryStream(bytes, writable: false);
        var snapshot = SnapshotSerializer.Read(stream, path);
        // A snapshot written elsewhere may carry a secret in a reason (an echoed header): the copy in the outputs is the
        // redacted one, re-serialised, so the evidence never holds what the summary hides.
        var redacted = Engine.Secrets.SnapshotRedaction.Apply(snapshot);
        return ReferenceEquals(redacted, snapshot)
            ? new SnapshotInput(snapshot, bytes, path)
            : new SnapshotInput(redacted, SnapshotSerializer.ToUtf8Bytes(redacted), path);
    }
}
