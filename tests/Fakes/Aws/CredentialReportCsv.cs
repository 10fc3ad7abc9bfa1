using System.Text;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>The credential report CSV in its documented 22-column layout, root row first, with the sentinel values.</summary>
public static class CredentialReportCsv
{
    public const string Header = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,"
        + "mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,"
        + "access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
        + "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

    public static string Build(FakeAwsAccount account)
    {
        var csv = new StringBuilder(Header).Append('\n');
        var root = account.Root;
        if (root.ReportLine is { } rootLine)
            csv.Append(rootLine).Append('\n');
        else
            csv.Append($"<root_account>,arn:aws:iam::{account.AccountId}:root,2019-01-01T00:00:00+00:00,not_supported,{Date(root.PasswordLastUsed, "no_information")},")
                .Append($"not_supported,not_supported,{Bool(root.MfaEnabled)},{Bool(root.AccessKeysPresent)},")
                .Append(root.AccessKeysPresent ? "2019-02-01T00:00:00+00:00,2024-01-01T00:00:00+00:00,us-east-1,iam," : "N/A,N/A,N/A,N/A,")
                .Append("false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");
        foreach (var u in account.Users.Where(u => u.InCredentialReport))
        {
            csv.Append($"{u.Name},{account.UserArn(u.Name)},{Date(u.Created, "N/A")},{Bool(u.PasswordEnabled)},")
                .Append($"{(u.PasswordEnabled ? Date(u.PasswordLastUsed, "no_information") : "N/A")},{(u.PasswordEnabled ? Date(u.Created, "N/A") : "N/A")},N/A,")
                .Append($"{Bool(u.MfaActive)},{Bool(u.AccessKeyActive)},{Date(u.AccessKeyRotated, "N/A")},{Date(u.AccessKeyLastUsed, "N/A")},")
                .Append(u.AccessKeyLastUsed is null ? "N/A,N/A," : "eu-west-1,s3,")
                .Append("false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");
        }
        foreach (var line in account.ExtraReportLines)
            csv.Append(line).Append('\n');
        return csv.ToString();
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Date(DateTimeOffset? value, string sentinel) =>
        value is { } v ? v.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", System.Globalization.CultureInfo.InvariantCulture) : sentinel;
}
