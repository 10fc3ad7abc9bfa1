using System.Text.RegularExpressions;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Reports.Controls;

/// <summary>
/// The organisation's whole control set, read from <c>organisation-controls.tsv</c> (embedded), and the mapping
/// from a rule's <see cref="ControlReference"/> to it: ISO/IEC 27001:2022 <c>A.5.17</c> is the organisation's
/// 5.17; ISO/IEC 27017 <c>CLD.9.5.1</c> falls in the cloud extension whose CLD section is <c>CLD.9.5</c> (9.3);
/// an ISMS-A-04 reference whose id is exactly a control number is that control.
/// </summary>
public static partial class OrganisationControls
{
    private const string ResourceName = "ComplianceEngine.Reports.Controls.organisation-controls.tsv";

    public static IReadOnlyList<OrganisationControl> All { get; } = Load();

    private static readonly Dictionary<string, OrganisationControl> ByNumber =
        All.ToDictionary(c => c.Number, StringComparer.Ordinal);

    private static readonly Dictionary<OrganisationControl, int> Positions =
        All.Select((control, index) => (control, index)).ToDictionary(p => p.control, p => p.index);

    public static OrganisationControl? Find(string number) => ByNumber.GetValueOrDefault(number);

    /// <summary>The control's position in the organisation's document.</summary>
    public static int IndexOf(OrganisationControl control) => Positions.TryGetValue(control, out var index) ? index : int.MaxValue;

    /// <summary>The organisation's control a reference stands for, or null when it is outside the set.</summary>
    public static OrganisationControl? For(ControlReference reference)
    {
        var id = reference.Id.Trim();
        switch (reference.Framework)
        {
            case ControlReference.Iso27001:
                return id.StartsWith("A.", StringComparison.Ordinal) && AnnexA().IsMatch(id) ? Find(id[2..]) : null;
            case ControlReference.Iso27017:
                var cld = CloudControl().Match(id);
                return cld.Success
                    ? All.FirstOrDefault(c => c.CloudSection is not null && string.Equals(c.CloudSection, cld.Groups["section"].Value, StringComparison.Ordinal))
                    : null;
            case ControlReference.Organisation:
                return Find(id);
            default:
                return null;
        }
    }

    private static List<OrganisationControl> Load()
    {
        using var stream = typeof(OrganisationControls).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"{ResourceName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var controls = new List<OrganisationControl>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var cells = line.Split('\t');
            if (cells.Length != 5)
                throw new InvalidOperationException($"{ResourceName}: expected 5 tab-separated cells in '{line}'.");
            var kind = cells[1] == "technical" ? ControlKind.Technical : ControlKind.Manual;
            controls.Add(new OrganisationControl(cells[0], kind, cells[2] == "-" ? null : cells[2], cells[3], cells[4]));
        }
        return controls;
    }

    [GeneratedRegex(@"^A\.[5-8]\.\d{1,2}$")]
    private static partial Regex AnnexA();

    [GeneratedRegex(@"^(?<section>CLD\.\d{1,2}\.\d{1,2})\.\d{1,2}$")]
    private static partial Regex CloudControl();
}
