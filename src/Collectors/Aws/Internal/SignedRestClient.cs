using System.Net;
using System.Text.Json;
using Amazon.Runtime;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// A REST list call of a regional service whose SDK package is not served here (Lambda, EFS): <c>GET</c> with
/// <c>MaxItems</c>/<c>Marker</c>, a JSON page with <c>NextMarker</c>, signed with SigV4 for the service in the region.
/// </summary>
internal sealed class SignedRestClient(HttpClient http, AwsEndpoints endpoints, AWSCredentials credentials, TimeProvider clock)
{
    /// <summary>Lambda ListFunctions: <c>GET /2015-03-31/functions/</c>.</summary>
    public static readonly RestListing LambdaFunctions = new("Lambda", "lambda", "lambda", "/2015-03-31/functions/", 50, "Functions", "FunctionName", "FunctionArn");

    /// <summary>EFS DescribeFileSystems: <c>GET /2015-02-01/file-systems</c> (a file system's name is its <c>Name</c> tag, else its id).</summary>
    public static readonly RestListing EfsFileSystems = new("EFS", "elasticfilesystem", "elasticfilesystem", "/2015-02-01/file-systems", 100, "FileSystems", "FileSystemId", "FileSystemArn", "Name");

    public async Task<Page<(string Id, string Name, string Arn)>> ListAsync(RestListing listing, string region, string? marker, CancellationToken ct)
    {
        var baseUri = endpoints.OverrideFor(listing.EndpointName) ?? new Uri($"https://{listing.HostPrefix}.{region}.amazonaws.com/");
        var query = $"MaxItems={listing.MaxItems}" + (marker is null ? string.Empty : "&Marker=" + SigV4RequestSigner.Encode(marker));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, $"{listing.Path}?{query}"));
        var identity = await credentials.GetCredentialsAsync();
        SigV4RequestSigner.Sign(request, [], identity, region, listing.SigningName, clock.GetUtcNow().UtcDateTime);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw ErrorFrom(response, text);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var items = root.TryGetProperty(listing.ListProperty, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(f => (
                Text(f, listing.IdProperty) ?? string.Empty,
                (listing.NameProperty is { } nameProperty ? Text(f, nameProperty) : null) ?? Text(f, listing.IdProperty) ?? string.Empty,
                Text(f, listing.ArnProperty) ?? string.Empty)).ToList()
            : [];
        return new Page<(string, string, string)>(items, Text(root, "NextMarker"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>These services name the error in <c>x-amzn-ErrorType</c> and the body's <c>Message</c>.</summary>
    private static IamServiceException ErrorFrom(HttpResponseMessage response, string text)
    {
        var code = response.Headers.TryGetValues("x-amzn-ErrorType", out var types) ? types.First().Split(':')[0] : response.StatusCode.ToString();
        var message = response.ReasonPhrase ?? string.Empty;
        try
        {
            using var document = JsonDocument.Parse(text);
            message = Text(document.RootElement, "Message") ?? Text(document.RootElement, "message") ?? message;
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's page): the status and header say enough.
        }
        var status = response.StatusCode == 0 ? HttpStatusCode.InternalServerError : response.StatusCode;
        return new IamServiceException(status, code, message, response.Headers.RetryAfter?.Delta);
    }
}

/// <summary>How one REST list call is made: endpoint variable suffix, host prefix, signing name, path, page size and the JSON names.</summary>
internal sealed record RestListing(string EndpointName, string HostPrefix, string SigningName, string Path, int MaxItems,
    string ListProperty, string IdProperty, string ArnProperty, string? NameProperty = null);
