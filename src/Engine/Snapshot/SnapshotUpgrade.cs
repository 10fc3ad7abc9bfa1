namespace ComplianceEngine.Engine.Snapshot;

/// <summary>
/// Reads older snapshot formats as the current one. Version 1 had no per-scope gaps (a dataset was complete or not
/// for the whole source, which version 2 still means when a dataset lists no gaps) and read ListVirtualMFADevices as
/// part of <c>aws.accountSummary</c>: its status stands for <c>aws.mfaDevices</c> too.
/// </summary>
internal static class SnapshotUpgrade
{
    private const string RootMfaKindUnknown = "root MFA kind unknown";

    public static FactSnapshot ToCurrent(FactSnapshot snapshot)
    {
        if (snapshot.FormatVersion < 2)
        {
            snapshot = snapshot with
            {
                FormatVersion = FactSnapshot.CurrentFormatVersion,
                Sources = snapshot.Sources.Select(FromVersion1).ToList(),
            };
        }
        return snapshot.Sources.Any(NeedsIdentityCenter)
            ? snapshot with { Sources = snapshot.Sources.Select(s => NeedsIdentityCenter(s) ? WithIdentityCenterNotConfigured(s) : s).ToList() }
            : snapshot;
    }

    /// <summary>An AWS source written before IAM Identity Center was read: it was not configured to read it.</summary>
    private static bool NeedsIdentityCenter(SourceStatus source) =>
        source.Provider == "aws" && source.Datasets.Count > 0 && !source.Datasets.Any(d => d.Name == Datasets.AwsIdentityCenter);

    private static SourceStatus WithIdentityCenterNotConfigured(SourceStatus source) => source with
    {
        Datasets =
        [
            .. source.Datasets,
            .. new[] { Datasets.AwsIdentityCenter, Datasets.AwsIdentityCenterAssignments }.Select(name => new DatasetStatus
            {
                Name = name, Status = CollectionState.Complete, ItemCount = 0, Reason = Datasets.IdentityCenterNotConfigured,
            }),
        ],
    };

    private static SourceStatus FromVersion1(SourceStatus source)
    {
        var summary = source.Datasets.FirstOrDefault(d => d.Name == Datasets.AwsAccountSummary);
        if (source.Provider != "aws" || summary is null || source.Datasets.Any(d => d.Name == Datasets.AwsMfaDevices))
            return source;
        // Version 1 marked the summary partial when only ListVirtualMFADevices was refused; that call now has its own dataset.
        var onlyDevicesMissing = summary.Status == CollectionState.Partial
                                 && summary.Reason?.StartsWith(RootMfaKindUnknown, StringComparison.Ordinal) == true;
        var devices = summary with { Name = Datasets.AwsMfaDevices, ItemCount = null };
        if (onlyDevicesMissing)
            summary = summary with { Status = CollectionState.Complete, Reason = null };
        return source with { Datasets = [.. source.Datasets.Select(d => d.Name == Datasets.AwsAccountSummary ? summary : d), devices] };
    }
}
