using System.Collections.Concurrent;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// The access-key ids of the users whose keys may fail a key rule, so that a fix can name the key (issue #14 item 6).
/// ListAccessKeys is asked only for users with more than one active key or an active key created at least
/// <see cref="LookupAfterDays"/> days ago (or of unknown age): the collector does not know the rules' thresholds, and
/// both key-age thresholds (AWS-IAM-02, 90 days; AWS-IAM-03, 45) are above it by default. At most
/// <see cref="MaxLookups"/> users per account are looked up, the longest-overdue first, so that an account where many keys
/// are old still costs a small constant of IAM requests; the others keep the generic fix (list the keys, then act).
/// </summary>
internal sealed class AccessKeyIdCollection(IamQueryClient iam, AwsCallRunner runner, DateTimeOffset now)
{
    public const int LookupAfterDays = 30;

    public const int MaxLookups = 32;

    public async Task<AccessKeyIds> IdsAsync(Task<(CredentialReport?, DatasetStatus)> reportTask, CancellationToken ct)
    {
        const string name = Datasets.AwsAccessKeys;
        var (report, reportStatus) = await reportTask;
        if (report is null)
            return new AccessKeyIds(new Dictionary<string, IReadOnlyList<ListedAccessKey>>(), new Dictionary<string, string>(),
                DatasetResult.Failed(name, $"not looked up without the credential report ({reportStatus.Reason})"));
        var since = now.AddDays(-LookupAfterDays);
        var users = report.Rows.Where(r => !r.IsRoot && NeedsIds(r, since))
            .OrderBy(r => r.Keys.Where(k => k.Active == true).Min(k => k.LastRotated ?? DateTimeOffset.MinValue))
            .ThenBy(r => r.User, StringComparer.Ordinal)
            .Select(r => r.User).Distinct(StringComparer.Ordinal).Take(MaxLookups).ToList();
        var listed = new ConcurrentDictionary<string, IReadOnlyList<ListedAccessKey>>(StringComparer.Ordinal);
        var failures = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        await FanOut.RunAsync(users, runner.MaxConcurrency, async (user, token) =>
        {
            try
            {
                listed[user] = await runner.AllPagesAsync("iam:ListAccessKeys", (m, c) => iam.ListAccessKeysAsync(user, m, c), token);
            }
            catch (AwsCallException e)
            {
                // One user on its own: the fix for that user falls back to the generic text, the verdicts stay as they are.
                failures[user] = e.Message;
            }
        }, ct);
        return new AccessKeyIds(new Dictionary<string, IReadOnlyList<ListedAccessKey>>(listed, StringComparer.Ordinal),
            new Dictionary<string, string>(failures, StringComparer.Ordinal), DatasetResult.Complete(name, listed.Values.Sum(k => k.Count)));
    }

    internal static bool NeedsIds(CredentialReportRow row, DateTimeOffset since)
    {
        var active = row.Keys.Where(k => k.Active == true).ToList();
        return active.Count > 1 || active.Any(k => k.LastRotated is null || k.LastRotated <= since);
    }

    /// <summary>
    /// The id of each key slot: the listed key created when the report says the slot was last rotated (to the second);
    /// failing that, slots and keys both in creation order when their numbers agree; otherwise no id.
    /// </summary>
    public static string? IdOf(IReadOnlyList<ListedAccessKey>? listed, IReadOnlyList<(int Slot, DateTimeOffset? Rotated)> slots, int slot)
    {
        if (listed is null || listed.Count == 0)
            return null;
        var rotated = slots.FirstOrDefault(s => s.Slot == slot).Rotated;
        var byDate = listed.Where(k => rotated is not null && k.CreateDate is not null && Math.Abs((k.CreateDate.Value - rotated.Value).TotalSeconds) < 1).ToList();
        if (byDate.Count == 1)
            return byDate[0].AccessKeyId;
        if (listed.Count != slots.Count)
            return null;
        var ordered = listed.OrderBy(k => k.CreateDate ?? DateTimeOffset.MaxValue).ToList();
        var index = slots.OrderBy(s => s.Slot).Select(s => s.Slot).ToList().IndexOf(slot);
        return index < 0 ? null : ordered[index].AccessKeyId;
    }
}

/// <summary>A ListAccessKeys member.</summary>
internal sealed record ListedAccessKey(string AccessKeyId, string? Status, DateTimeOffset? CreateDate);

/// <summary>The listed keys per user, the users whose listing failed (item gaps), and the dataset's status.</summary>
internal sealed record AccessKeyIds(IReadOnlyDictionary<string, IReadOnlyList<ListedAccessKey>> Listed, IReadOnlyDictionary<string, string> Failures, DatasetStatus Status);
