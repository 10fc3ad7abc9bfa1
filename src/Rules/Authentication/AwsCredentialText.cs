using System.Globalization;
using ComplianceEngine.Engine.Facts.Aws;

namespace ComplianceEngine.Rules.Authentication;

/// <summary>How AWS credentials read in observed values, messages and fixes: "key 1 (rotated 2026-01-01, 328 days ago)"; dates in invariant yyyy-MM-dd.</summary>
internal static class AwsCredentialText
{
    public static string Rotated(AwsAccessKey key, DateTimeOffset now) =>
        $"key {key.Slot} (rotated {Date(key.LastRotated)}{Age(key.LastRotated, now)})";

    public static string Used(AwsAccessKey key, DateTimeOffset now) => key.LastUsed is null
        ? $"key {key.Slot} (never used, rotated {Date(key.LastRotated)}{Age(key.LastRotated, now)})"
        : $"key {key.Slot} (last used {Date(key.LastUsed)}{Age(key.LastUsed, now)})";

    /// <summary>The key's id for a command line, or a placeholder naming the slot when the collector did not look it up.</summary>
    public static string KeyId(AwsAccessKey key) => key.AccessKeyId is { Length: > 0 } id ? Internal.Shell.Sh(id) : $"<key {key.Slot} id>";

    public static string Date(DateTimeOffset? when) =>
        when?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "never";

    private static string Age(DateTimeOffset? when, DateTimeOffset now) =>
        when is null ? string.Empty : $", {(int)Math.Floor((now - when.Value).TotalDays)} days ago";
}
