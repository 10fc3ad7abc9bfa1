using ComplianceEngine.Cli.Internal;
using System.CommandLine;
using ComplianceEngine.Engine;
using ComplianceEngine.Reports.Integrity;

namespace ComplianceEngine.Cli.Commands;

/// <summary><c>compliance verify DIR</c>: checks a run's outputs against manifest.json and, with a public key,
/// the manifest against manifest.sig. Exit 0 intact, 1 changed (each change named), 3 bad usage.</summary>
internal static class VerifyCommand
{
    public static Command Create(TextWriter stdout)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "The output folder of a scan (it holds manifest.json)." };
        var publicKey = new Option<FileInfo?>("--public-key") { Description = "PEM file with the ECDSA P-256 public key that manifest.sig must verify with." };
        var previous = new Option<FileInfo?>("--previous") { Description = "The manifest.json of the run before (a copy kept elsewhere): the folder's manifest must chain to it." };
        var command = new Command("verify", "Check that a scan's output folder is exactly as the run wrote it: every file's SHA-256 and size, and the manifest's signature.")
        {
            directory, publicKey, previous,
        };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(directory)!;
            if (!dir.Exists)
                throw new InputException(dir.FullName, null, null, "the folder does not exist");
            var keyFile = parse.GetValue(publicKey);
            using var key = keyFile is null ? null : ManifestSigner.ImportPemFile(keyFile.FullName, requirePrivate: false);
            var previousFile = parse.GetValue(previous);
            if (previousFile is not null && !previousFile.Exists)
                throw new InputException(previousFile.FullName, null, null, "the earlier manifest given with --previous does not exist");
            var verification = ManifestVerifier.Verify(dir.FullName, key, previousFile is null ? null : File.ReadAllBytes(previousFile.FullName));
            if (verification.RunId is not null)
                stdout.WriteLine($"Run {TerminalText.Escape(verification.RunId)}, created {TerminalText.Escape(verification.CreatedAt)}" +
                                 (verification.PreviousManifestSha256 is { } chained ? $", chained to manifest sha256 {TerminalText.Escape(chained)}" : ", first of its chain"));
            foreach (var change in verification.Changes)
                stdout.WriteLine($"CHANGED: {TerminalText.Escape(change)}");
            foreach (var note in verification.Notes)
                stdout.WriteLine($"note: {TerminalText.Escape(note)}");
            var signature = verification.SignatureVerified ? "; signature valid" : "";
            stdout.WriteLine(verification.Intact
                ? $"OK: {verification.FilesChecked} files match manifest.json{signature}."
                : $"FAILED: {verification.Changes.Count} change(s) in {dir.FullName}.");
            return verification.Intact ? ExitCodes.Success : ExitCodes.Changed;
        });
        return command;
    }
}
