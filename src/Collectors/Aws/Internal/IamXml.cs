using System.Globalization;
using System.Xml.Linq;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>Namespace-agnostic reading of AWS Query XML (IAM answers in its own namespace).</summary>
internal static class IamXml
{
    public static XElement? Child(this XElement? element, string name) =>
        element?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static IEnumerable<XElement> Members(this XElement? element, string name) =>
        element?.Elements().Where(e => e.Name.LocalName == name) ?? [];

    public static string? Text(this XElement? element, string name) => element.Child(name)?.Value;

    public static bool Bool(this XElement? element, string name) =>
        string.Equals(element.Text(name), "true", StringComparison.OrdinalIgnoreCase);

    public static int? Int(this XElement? element, string name) =>
        int.TryParse(element.Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static DateTimeOffset? Date(this XElement? element, string name) =>
        DateTimeOffset.TryParse(element.Text(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
