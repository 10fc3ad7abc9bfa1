using System.Runtime.ExceptionServices;
using System.Text.Json;
using Azure;
using Azure.Core;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>
/// Pages through an ARM list operation (<c>value</c> + <c>nextLink</c>) over the ARM pipeline, so retries, throttling
/// and the bearer token are handled exactly as for the typed SDK calls. Used where the typed client is not
/// available (role assignments) or too costly per item (resources: the SDK builds a client object per resource).
/// </summary>
internal static class ArmPager
{
    /// <summary>Maps every item of every page; items mapped to null are counted but not kept. Throws when a page fails.</summary>
    public static async Task<(List<T> Items, int Count)> ListAsync<T>(ArmConnection arm, string relativeUrl,
        Func<JsonElement, T?> map, CancellationToken ct) where T : class
    {
        var listing = await ReadAsync(arm, relativeUrl, map, ct);
        if (listing.Failure is not null)
            ExceptionDispatchInfo.Throw(listing.Failure);
        return (listing.Items, listing.Count);
    }

    /// <summary>
    /// Like <see cref="ListAsync{T}"/>, but a page that fails (after the pipeline's retries) stops the listing without
    /// losing the pages before it: they come back with the failure, for the caller to keep as read-but-incomplete.
    /// Only the caller's cancellation throws.
    /// </summary>
    public static async Task<ArmListing<T>> ReadAsync<T>(ArmConnection arm, string relativeUrl,
        Func<JsonElement, T?> map, CancellationToken ct) where T : class
    {
        var items = new List<T>();
        var count = 0;
        Uri? next = new(arm.Endpoint, relativeUrl);
        try
        {
            while (next is not null)
            {
                using var message = await GetAsync(arm, next, ct);
                // Parsed from the network stream into pooled buffers: buffering 1000-item pages first put ~0.5 MB per
                // page on the large object heap and cost gen-2 collections. A body cut short fails the listing.
                using var page = await JsonDocument.ParseAsync(message.Response.ContentStream!, cancellationToken: ct);
                var root = page.RootElement;
                foreach (var item in root.GetProperty("value").EnumerateArray())
                {
                    count++;
                    if (map(item) is { } mapped)
                        items.Add(mapped);
                }
                next = root.TryGetProperty("nextLink", out var link) && link.GetString() is { Length: > 0 } url ? SameHost(arm, url) : null;
            }
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return new ArmListing<T>(items, count, e);
        }
        return new ArmListing<T>(items, count, null);
    }

    private static async Task<HttpMessage> GetAsync(ArmConnection arm, Uri uri, CancellationToken ct)
    {
        var message = arm.Pipeline.CreateMessage();
        message.BufferResponse = false;
        message.Request.Method = RequestMethod.Get;
        message.Request.Uri.Reset(uri);
        message.Request.Headers.Add(HttpHeader.Names.Accept, "application/json");
        try
        {
            await arm.Pipeline.SendAsync(message, ct);
            return message.Response.IsError ? throw new RequestFailedException(message.Response) : message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    // The bearer token goes only to the ARM endpoint, never to a host a nextLink names.
    private static Uri SameHost(ArmConnection arm, string url)
    {
        var uri = new Uri(url, UriKind.Absolute);
        return Uri.Compare(uri, arm.Endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? uri
            : throw new RequestFailedException($"nextLink points outside the ARM endpoint ({uri.Host}); stopped paging.");
    }

    public static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>What a listing read: every item when <see cref="Failure"/> is null, else the items of the pages before it.</summary>
internal sealed record ArmListing<T>(List<T> Items, int Count, Exception? Failure);
