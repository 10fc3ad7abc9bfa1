using System.Collections.Concurrent;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>Which MFA devices each IAM user holds, asking IAM per user only where the virtual-device list cannot tell.</summary>
internal sealed class MfaDeviceCollection(IamQueryClient iam, AwsCallRunner runner)
{
    /// <summary>
    /// Each user's MFA serials: the virtual devices assigned to them, and — only for the users the credential report shows
    /// with MFA active but no virtual device (hardware tokens, FIDO keys) — ListMFADevices. Users the report does not show
    /// with MFA hold no device. Without the device list nothing is known; without the report only the virtual devices are.
    /// </summary>
    public async Task<(Dictionary<string, IReadOnlyList<string>>, Dictionary<string, string>)> SerialsAsync(
        Task<(CredentialReport?, DatasetStatus)> reportTask, Task<(List<(string Serial, string? UserArn)>?, DatasetStatus)> devicesTask, CancellationToken ct)
    {
        var serials = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var failures = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var (devices, _) = await devicesTask;
        var (report, _) = await reportTask;
        if (devices is null || report is null)
            return (serials, new(failures));
        var byArn = devices.Where(d => d.UserArn is not null).ToLookup(d => d.UserArn!, d => d.Serial, StringComparer.Ordinal);
        var rows = report.Rows.Where(r => !r.IsRoot).DistinctBy(r => r.User, StringComparer.Ordinal).ToList();
        foreach (var row in rows)
            serials[row.User] = row.Arn is not null && byArn.Contains(row.Arn) ? [.. byArn[row.Arn]] : [];
        var hardware = rows.Where(r => r.MfaActive == true && serials[r.User].Count == 0).Select(r => r.User).ToList();
        var listed = new ConcurrentDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        await FanOut.RunAsync(hardware, runner.MaxConcurrency, async (user, token) =>
        {
            try
            {
                listed[user] = await runner.AllPagesAsync("iam:ListMFADevices", (m, c) => iam.ListMfaDevicesAsync(user, m, c), token);
            }
            catch (AwsCallException e)
            {
                // Each user on its own: a refusal for one says nothing certain about the others' devices.
                failures[user] = e.Message;
            }
        }, ct);
        foreach (var user in hardware)
        {
            if (listed.TryGetValue(user, out var found))
                serials[user] = found;
            else
                serials.Remove(user);
        }
        return (serials, new(failures));
    }
}
