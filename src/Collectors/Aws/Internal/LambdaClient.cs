using System.Net;
using System.Text.Json;
using Amazon.Runtime;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// Lambda ListFunctions over its documented REST API (<c>GET /2015-03-31/functions/?Marker=…&amp;MaxItems=50</c>, JSON),
/// signed with SigV4 for service <c>lambda</c> in the region: AWSSDK.Lambda is not served here.
/// </summary>
internal sealed class LambdaClient(HttpClient http, AwsEndpoints endpoints, AWSCredentials credentials, TimeProvider clock)
{
    public async Task<Page<(string Name, string Arn)>> ListFunctionsAsync(string region, string? marker, CancellationToken ct)
    {
        var baseUri = endpoints.OverrideFor("Lambda") ?? new Uri($"https://lambda.{region}.amazonaws.com/");
        var query = "MaxItems=50" + (marker is null ? string.Empty : "&Marker=" + SigV4RequestSigner.Encode(marker));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, $"/2015-03-31/functions/?{query}"));
        var identity = await credentials.GetCredentialsAsync();
        SigV4RequestSigner.Sign(request, [], identity, region, "lambda", clock.GetUtcNow().UtcDateTime);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw ErrorFrom(response, text);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        var functions = root.TryGetProperty("Functions", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(f => (Text(f, "FunctionName") ?? string.Empty, Text(f, "FunctionArn") ?? string.Empty)).ToList()
            : [];
        return new Page<(string, string)>(functions, Text(root, "NextMarker"));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Lambda names the error in <c>x-amzn-ErrorType</c> and the body's <c>Message</c>.</summary>
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
