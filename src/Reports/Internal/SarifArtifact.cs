using System.Text.Json;
using ComplianceEngine.Engine.Facts;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// The physical location GitHub code scanning (and other SARIF viewers keyed on files) needs: a stable, relative URI
/// per resource, <c>tenants/&lt;provider&gt;/&lt;tenant, account or subscription&gt;/&lt;kind&gt;/&lt;id&gt;</c>, each part
/// percent-escaped (RFC 3986 unreserved characters stay), so an ARM id or an ARN is one path segment. It is derived from
/// the resource key only, so a failure keeps its location from run to run and a resolved one (known only by its key in
/// the history) gets the same location as when it failed.
/// </summary>
internal static class SarifArtifact
{
    public const string Root = "tenants/";

    public static string Uri(ResourceRef resource) => Uri(resource.Provider, resource.Scope, resource.Kind, resource.Id);

    /// <summary>The same URI from a key <c>provider/scope/kind/id</c>. Scopes never hold a '/'; a kind may (an ARM type),
    /// and then the id is an ARM id starting with '/', so the kind ends where "//" begins; otherwise at the next '/'.</summary>
    public static string UriOfKey(string key)
    {
        var parts = key.Split('/', 3);
        if (parts.Length < 3)
            return Root + string.Join('/', parts.Select(Escape));
        var rest = parts[2];
        var split = rest.IndexOf("//", StringComparison.Ordinal);
        var (kind, id) = split >= 0 ? (rest[..split], rest[(split + 1)..])
            : rest.IndexOf('/') is var slash and >= 0 ? (rest[..slash], rest[(slash + 1)..]) : (rest, string.Empty);
        return Uri(parts[0], parts[1], kind, id);
    }

    public static void Write(Utf8JsonWriter writer, string uri)
    {
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", uri);
        writer.WriteEndObject();
        // GitHub code scanning expects a region; the resource is the whole "file".
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Uri(string provider, string scope, string kind, string id) =>
        $"{Root}{Escape(provider)}/{Escape(scope)}/{Escape(kind)}/{Escape(id)}";

    private static string Escape(string part) => part.Length == 0 ? "_" : System.Uri.EscapeDataString(part);
}
