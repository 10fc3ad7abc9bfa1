using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ComplianceEngine.Fakes.Azure;

/// <summary>Renders the response body of a GET; an empty body means "no such route or subscription" (404).</summary>
internal static class FakeArmRoutes
{
    public static byte[] Render(FakeArmData data, HttpRequest request, int pageSize)
    {
        var segments = request.Path.Value!.Trim('/').ToLowerInvariant().Split('/');
        if (segments is ["subscriptions"])
            return Page(request, data.Subscriptions, FakeArmJson.Subscription, pageSize);
        if (segments.Length < 2 || segments[0] != "subscriptions" || data.Find(segments[1]) is not { } subscription)
            return [];
        return segments[2..] switch
        {
            [] => Single(w => FakeArmJson.Subscription(w, subscription)),
            ["resources"] => Page(request, subscription.Resources, FakeArmJson.Resource, pageSize),
            ["resourcegroups"] => Page(request, subscription.ResourceGroups, FakeArmJson.ResourceGroup, pageSize),
            ["providers", "microsoft.authorization", "policyassignments"] =>
                Page(request, subscription.PolicyAssignments, FakeArmJson.PolicyAssignment, pageSize),
            ["providers", "microsoft.authorization", "policyexemptions"] =>
                Page(request, subscription.PolicyExemptions, FakeArmJson.PolicyExemption, pageSize),
            ["providers", "microsoft.authorization", "roleassignments"] =>
                Page(request, subscription.RoleAssignments, FakeArmJson.RoleAssignment, pageSize),
            _ => [],
        };
    }

    public static string? UnknownSubscription(FakeArmData data, HttpRequest request) =>
        request.Path.Value!.Trim('/').Split('/') is ["subscriptions", var id, ..] && data.Find(id) is null ? id : null;

    private static byte[] Single(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Page<T>(HttpRequest request, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write, int pageSize)
    {
        var skip = int.TryParse(request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var end = Math.Min(items.Count, skip + pageSize);
        return Single(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("value");
            for (var i = skip; i < end; i++)
                write(w, items[i]);
            w.WriteEndArray();
            if (end < items.Count)
                w.WriteString("nextLink", NextLink(request, end));
            w.WriteEndObject();
        });
    }

    private static string NextLink(HttpRequest request, int skip)
    {
        var query = request.Query.Where(q => q.Key != "$skiptoken")
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"%24skiptoken={skip}");
        return $"{request.Scheme}://{request.Host}{request.Path}?{string.Join('&', query)}";
    }
}
