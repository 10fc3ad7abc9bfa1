using System.Globalization;
using System.Text;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Internal;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes access-review.csv, the privileged-access review for ISO/IEC 27001 5.18: one row per person × privileged grant
/// across Entra ID, Azure and AWS (<see cref="AccessReview"/>), with empty Decision, Reviewer, Reviewed on and Comment
/// columns for the reviewer to sign off. Same CSV rules as remediation.csv: RFC 4180, UTF-8 with a byte-order mark,
/// formula-looking cells neutralised (tenant data is hostile).
/// </summary>
public static class AccessReviewCsvWriter
{
    public const string FileName = "access-review.csv";

    public static readonly IReadOnlyList<string> Header =
    [
        "Person", "Person state", "Provider", "Grant", "Grant type", "Scope", "Identity", "Held through", "Source", "Last use", "MFA",
        "Decision (keep/remove)", "Reviewer", "Reviewed on", "Comment",
    ];

    public static void Write(FactSnapshot snapshot, IdentityLinkSettings links, Stream stream) =>
        Write(AccessReview.Of(snapshot, links), stream);

    public static void Write(IReadOnlyList<AccessReviewRow> rows, Stream stream)
    {
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024, leaveOpen: true);
        CsvCell.WriteRow(text, Header);
        foreach (var r in rows)
        {
            CsvCell.WriteRow(text,
            [
                r.Person, r.PersonState, r.Provider, r.Grant, r.GrantType, r.Scope, r.Identity, r.HeldThrough, r.Source,
                r.LastUse is { } used ? used.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "never or unknown", r.Mfa,
                string.Empty, string.Empty, string.Empty, string.Empty,
            ]);
        }
        text.Flush();
    }
}
