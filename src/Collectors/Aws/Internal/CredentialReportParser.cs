using System.Globalization;
using System.Text;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>One row of the IAM credential report, sentinels (<c>N/A</c>, <c>no_information</c>, <c>not_supported</c>) as null.</summary>
internal sealed record CredentialReportRow
{
    public required string User { get; init; }
    public string? Arn { get; init; }
    public DateTimeOffset? CreatedAt { get; init; }
    public bool? PasswordEnabled { get; init; }
    public DateTimeOffset? PasswordLastUsed { get; init; }
    public DateTimeOffset? PasswordLastChanged { get; init; }
    public bool? MfaActive { get; init; }
    public required IReadOnlyList<(bool? Active, DateTimeOffset? LastRotated, DateTimeOffset? LastUsed)> Keys { get; init; }

    public const string RootUser = "<root_account>";

    public bool IsRoot => User == RootUser;
}

/// <summary>The parsed report: good rows, and the malformed ones that were skipped.</summary>
internal sealed record CredentialReport(IReadOnlyList<CredentialReportRow> Rows, IReadOnlyList<CredentialReportProblem> Problems)
{
    /// <summary>Every non-empty data line, good or not.</summary>
    public int LineCount => Rows.Count + Problems.Count;
}

/// <summary>
/// A row that did not parse: its line, why, and its user name (the <c>user</c> cell) when that much could be read,
/// so the gap can be recorded on that user alone.
/// </summary>
internal sealed record CredentialReportProblem(int Line, string? User, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}

/// <summary>
/// Parses the credential report CSV by column name (AWS has added columns over time), case-insensitively for
/// booleans. A malformed row is skipped and reported with its user name when readable, never guessed.
/// </summary>
internal static class CredentialReportParser
{
    private static readonly string[] Required = ["user", "arn", "user_creation_time", "password_enabled", "password_last_used",
        "password_last_changed", "mfa_active", "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
        "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date"];

    private static readonly HashSet<string> Sentinels = new(StringComparer.OrdinalIgnoreCase) { "", "N/A", "no_information", "not_supported" };

    public static CredentialReport Parse(byte[] csv)
    {
        var lines = Encoding.UTF8.GetString(csv).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = lines.Count > 0 ? lines[0].Split(',') : [];
        var column = header.Select((name, index) => (name, index)).ToDictionary(c => c.name.Trim(), c => c.index, StringComparer.Ordinal);
        var missing = Required.Where(r => !column.ContainsKey(r)).ToList();
        if (missing.Count > 0)
            throw new FormatException($"credential report header lacks column(s) {string.Join(", ", missing)}");

        var rows = new List<CredentialReportRow>();
        var problems = new List<CredentialReportProblem>();
        var userColumn = column["user"];
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
                continue;
            var cells = lines[i].Split(',');
            var user = cells.Length > userColumn && cells[userColumn].Trim() is { Length: > 0 } name ? name : null;
            if (cells.Length != header.Length)
            {
                problems.Add(new CredentialReportProblem(i + 1, user, $"expected {header.Length} columns, got {cells.Length}"));
                continue;
            }
            try
            {
                rows.Add(ParseRow(cells, column));
            }
            catch (FormatException e)
            {
                problems.Add(new CredentialReportProblem(i + 1, user, e.Message));
            }
        }
        return new CredentialReport(rows, problems);
    }

    private static CredentialReportRow ParseRow(string[] cells, Dictionary<string, int> column)
    {
        string Cell(string name) => cells[column[name]].Trim();
        var user = Cell("user");
        if (user.Length == 0)
            throw new FormatException("empty user name");
        return new CredentialReportRow
        {
            User = user,
            Arn = Text(Cell("arn")),
            CreatedAt = Date(Cell("user_creation_time"), "user_creation_time"),
            PasswordEnabled = Bool(Cell("password_enabled"), "password_enabled"),
            PasswordLastUsed = Date(Cell("password_last_used"), "password_last_used"),
            PasswordLastChanged = Date(Cell("password_last_changed"), "password_last_changed"),
            MfaActive = Bool(Cell("mfa_active"), "mfa_active"),
            Keys =
            [
                (Bool(Cell("access_key_1_active"), "access_key_1_active"), Date(Cell("access_key_1_last_rotated"), "access_key_1_last_rotated"),
                    Date(Cell("access_key_1_last_used_date"), "access_key_1_last_used_date")),
                (Bool(Cell("access_key_2_active"), "access_key_2_active"), Date(Cell("access_key_2_last_rotated"), "access_key_2_last_rotated"),
                    Date(Cell("access_key_2_last_used_date"), "access_key_2_last_used_date")),
            ],
        };
    }

    private static string? Text(string value) => Sentinels.Contains(value) ? null : value;

    private static bool? Bool(string value, string column)
    {
        if (Sentinels.Contains(value))
            return null;
        return bool.TryParse(value, out var result) ? result : throw new FormatException($"{column} is not true/false");
    }

    private static DateTimeOffset? Date(string value, string column)
    {
        if (Sentinels.Contains(value))
            return null;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var result)
            ? result
            : throw new FormatException($"{column} is not a date");
    }
}
