using System.Linq.Expressions;
using System.Text;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Reports.Tests.TestSupport;

/// <summary>Reads remediation.csv back (RFC 4180) into rows keyed by header.</summary>
public static class Worklist
{
    public static IReadOnlyList<string> HeaderOf(byte[] csv) => Records(csv)[0];

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Rows(byte[] csv)
    {
        var records = Records(csv);
        var header = records[0];
        return records.Skip(1).Select(r => (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2)).ToList();
    }

    private static List<List<string>> Records(byte[] csv)
    {
        var text = new UTF8Encoding(false).GetString(csv).TrimStart('\uFEFF');
        var records = new List<List<string>>();
        var record = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(cell.ToString());
                cell.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else cell.Append(c);
        }
        return records;
    }
}

/// <summary>A rule with a built-in id that has a Japanese translation (LOC-AZ-01) and a short command.</summary>
public sealed class WorklistRule : FactRule<CloudResource>
{
    public static readonly RuleDescriptor Rule = ResidencyRule.Rule with
    {
        Id = "LOC-AZ-01",
        MessageFormat = "{resource} is in {region} ({country}), outside {allowedCountries}.",
    };

    public override RuleDescriptor Descriptor => Rule;
    protected override Expression<Func<CloudResource, bool>> Violation => r => r.Country != "JP";

    protected override IReadOnlyDictionary<string, object?> Observed(CloudResource fact) =>
        new Dictionary<string, object?> { ["region"] = fact.Region, ["country"] = fact.Country, ["allowedCountries"] = new[] { "JP" } };

    protected override string? CommandFor(CloudResource fact) => $"az resource show --ids '{fact.Id}'";

    protected override string RemediationFor(CloudResource fact) => $"Redeploy {fact.Name} in an allowed country.";
}
