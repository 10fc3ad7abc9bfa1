using System.CommandLine;
using ComplianceEngine.Cli.Internal;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>compliance access-review --snapshot F --out DIR</c>: the privileged-access review of a snapshot on its own —
/// access-review.csv, one row per person × privileged grant across Entra ID, Azure and AWS, for the reviewer to sign off.
/// Every scan writes the same file among its outputs.
/// </summary>
internal static class AccessReviewCommand
{
    public static Command Create(TextWriter stdout)
    {
        var snapshot = new Option<FileInfo>("--snapshot") { Description = "Snapshot to review (written by 'collect' or a scan's snapshot.json).", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for access-review.csv.", Required = true };
        var config = CommonOptions.Config();
        var command = new Command("access-review", "Write the privileged-access review (access-review.csv) of a snapshot: one row per person × privileged grant.")
            { snapshot, output, config };
        command.SetAction(parse =>
        {
            var settings = ConfigFile.Load(parse.GetValue(config));
            var facts = SnapshotSerializer.Read(parse.GetValue(snapshot)!.FullName);
            var rows = AccessReview.Of(facts, settings.IdentityLinks);
            var folder = new OutputFolder(parse.GetValue(output)!.FullName);
            folder.Write([new OutputFile(AccessReviewCsvWriter.FileName, s => AccessReviewCsvWriter.Write(rows, s))]);
            var nobody = rows.Count(r => r.PersonState != "enabled");
            stdout.WriteLine($"{rows.Count} privileged grants of {rows.Select(r => r.Person).Distinct(StringComparer.Ordinal).Count()} people and identities; " +
                             $"{nobody} held by no enabled person (leavers, orphans, deleted principals, groups).");
            stdout.WriteLine($"Written: {Path.Combine(folder.Directory, AccessReviewCsvWriter.FileName)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
