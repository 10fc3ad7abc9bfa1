using System.Globalization;
using System.Xml.Linq;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>What a service fake answers: a 200 with an XML body, or an AWS error.</summary>
public sealed record FakeReply(int Status, XElement? Body, string? ErrorCode = null, string? ErrorMessage = null)
{
    public static FakeReply Ok(XElement body) => new(200, body);

    public static FakeReply Error(int status, string code, string message) => new(status, null, code, message);

    /// <summary>An AWS Query-protocol response: <c>&lt;ActionResponse&gt;&lt;ActionResult&gt;…&lt;/ActionResult&gt;&lt;ResponseMetadata/&gt;</c>.</summary>
    public static FakeReply Query(XNamespace ns, string action, params object[] result) => Ok(
        new XElement(ns + $"{action}Response",
            new XElement(ns + $"{action}Result", result),
            new XElement(ns + "ResponseMetadata", new XElement(ns + "RequestId", Guid.NewGuid().ToString()))));

    /// <summary>One page of a Marker-paged list: the members, IsTruncated and the next Marker.</summary>
    public static object[] MarkerPage<T>(XNamespace ns, IReadOnlyList<T> items, IReadOnlyDictionary<string, string> form, int pageSize,
        string listName, Func<T, object[]> member)
    {
        var start = form.TryGetValue("Marker", out var marker) ? int.Parse(marker[1..], CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(pageSize, form.TryGetValue("MaxItems", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : 100);
        var truncated = start + size < items.Count;
        return
        [
            new XElement(ns + listName, items.Skip(start).Take(size).Select(i => new XElement(ns + "member", member(i)))),
            new XElement(ns + "IsTruncated", truncated ? "true" : "false"),
            .. truncated ? new[] { new XElement(ns + "Marker", $"m{start + size}") } : [],
        ];
    }

    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
