using System.Security.Cryptography;
using System.Text.Json;

namespace ComplianceEngine.Reports.Integrity;

/// <summary>What <see cref="ManifestVerifier"/> found: every change (empty when the folder is intact) and notes
/// on what could not be checked.</summary>
public sealed record Verification(IReadOnlyList<string> Changes, IReadOnlyList<string> Notes, int FilesChecked, bool SignatureVerified)
{
    public bool Intact => Changes.Count == 0;

    /// <summary>The run the manifest says it describes, and when it was made: what was verified.</summary>
    public string? RunId { get; init; }
    public string? CreatedAt { get; init; }
    public string? PreviousManifestSha256 { get; init; }
}

/// <summary>
/// Checks an output folder against its manifest.json: every listed file exists with the recorded size and
/// SHA-256, no unlisted file sits beside them, and — with a public key — manifest.sig is a valid signature of
/// manifest.json, which is what catches an edit to the manifest itself.
/// </summary>
public static class ManifestVerifier
{
    /// <param name="expectedPrevious">The manifest of the run before (its bytes): the verified manifest must chain to it.</param>
    public static Verification Verify(string directory, ECDsa? publicKey, byte[]? expectedPrevious = null)
    {
        var changes = new List<string>();
        var notes = new List<string>();
        var manifestPath = Path.Combine(directory, ManifestWriter.FileName);
        if (!File.Exists(manifestPath))
            return new Verification([$"{ManifestWriter.FileName} is missing"], notes, 0, false);
        // Nothing is opened before it is known to be a regular file: a FIFO named like an output would hang the check.
        if (FileKind.NotRegular(manifestPath) is { } manifestKind)
            return new Verification([$"{ManifestWriter.FileName} is {manifestKind}, not a regular file: refused"], notes, 0, false);
        var manifest = File.ReadAllBytes(manifestPath);

        var signatureVerified = CheckSignature(directory, manifest, publicKey, changes, notes);
        var listed = ReadEntries(manifest, changes);
        if (listed is null)
            return new Verification(changes, notes, 0, signatureVerified);
        var (runId, createdAt, previous) = ReadRun(manifest);
        if (expectedPrevious is not null)
            CheckChain(previous, RunInfo.Sha256Of(expectedPrevious), changes);

        foreach (var (name, sha256, size) in listed)
            CheckFile(directory, name, sha256, size, changes);
        var known = listed.Select(e => e.Name).Append(ManifestWriter.FileName).Append(ManifestSigner.SignatureFileName).ToHashSet(StringComparer.Ordinal);
        // Every entry of the folder: dotfiles, folders, links and pipes included; the manifest covers exactly what is there.
        foreach (var extra in System.IO.Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).OfType<string>()
                     .Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
        {
            var kind = FileKind.NotRegular(Path.Combine(directory, extra));
            changes.Add($"{extra}{(kind is null ? "" : $" ({kind})")} is not listed in {ManifestWriter.FileName} (added after the run)");
        }
        return new Verification(changes, notes, listed.Count, signatureVerified) { RunId = runId, CreatedAt = createdAt, PreviousManifestSha256 = previous };
    }

    private static void CheckChain(string? previous, string expected, List<string> changes)
    {
        if (previous is null)
            changes.Add($"{ManifestWriter.FileName} does not chain to an earlier manifest; expected sha256 {expected} (--previous)");
        else if (!string.Equals(previous, expected, StringComparison.OrdinalIgnoreCase))
            changes.Add($"{ManifestWriter.FileName} chains to the manifest with sha256 {previous}, not to the expected earlier one ({expected}, --previous)");
    }

    private static (string? RunId, string? CreatedAt, string? Previous) ReadRun(byte[] manifest)
    {
        using var document = JsonDocument.Parse(manifest);
        var root = document.RootElement;
        string? Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return (Text("runId"), Text("createdAt"), Text("previousManifestSha256"));
    }

    private static bool CheckSignature(string directory, byte[] manifest, ECDsa? publicKey, List<string> changes, List<string> notes)
    {
        var signaturePath = Path.Combine(directory, ManifestSigner.SignatureFileName);
        var signed = File.Exists(signaturePath);
        if (signed && FileKind.NotRegular(signaturePath) is { } kind)
        {
            changes.Add($"{ManifestSigner.SignatureFileName} is {kind}, not a regular file: refused");
            return false;
        }
        if (publicKey is null)
        {
            notes.Add(signed
                ? $"{ManifestSigner.SignatureFileName} is present but was not checked: pass --public-key to check it."
                : $"{ManifestWriter.FileName} is not signed: an edit to the manifest that keeps it consistent with the files cannot be detected.");
            return false;
        }
        if (!signed)
        {
            changes.Add($"{ManifestSigner.SignatureFileName} is missing: the manifest cannot be shown to be signed by this key");
            return false;
        }
        if (ManifestSigner.Verify(publicKey, manifest, File.ReadAllBytes(signaturePath)))
            return true;
        changes.Add($"{ManifestSigner.SignatureFileName} does not verify {ManifestWriter.FileName} with this public key " +
                    $"(key sha256 {ManifestSigner.PublicKeySha256(publicKey)}): the manifest or its signature was changed, or another key signed it");
        return false;
    }

    private static List<(string Name, string Sha256, long Size)>? ReadEntries(byte[] manifest, List<string> changes)
    {
        try
        {
            using var document = JsonDocument.Parse(manifest);
            var entries = new List<(string, string, long)>();
            foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
            {
                var name = file.GetProperty("name").GetString() ?? throw new FormatException("a file without a name");
                if (name.IndexOfAny(['/', '\\']) >= 0 || name.StartsWith('.'))
                    throw new FormatException($"'{name}' is not a plain file name");
                entries.Add((name, file.GetProperty("sha256").GetString() ?? "", file.GetProperty("size").GetInt64()));
            }
            return entries;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            changes.Add($"{ManifestWriter.FileName} cannot be read as a manifest ({e.Message}): it was edited or truncated");
            return null;
        }
    }

    private static void CheckFile(string directory, string name, string sha256, long size, List<string> changes)
    {
        var path = Path.Combine(directory, name);
        if (FileKind.NotRegular(path) is { } kind && (File.Exists(path) || System.IO.Directory.Exists(path)))
        {
            changes.Add($"{name} is {kind}, not a regular file: refused");
            return;
        }
        if (!File.Exists(path))
        {
            changes.Add($"{name} is missing");
            return;
        }
        using var stream = File.OpenRead(path);
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (stream.Length != size || !string.Equals(actual, sha256, StringComparison.OrdinalIgnoreCase))
            changes.Add($"{name} changed: manifest says sha256 {sha256} ({size} bytes), found {actual} ({stream.Length} bytes)");
    }
}
