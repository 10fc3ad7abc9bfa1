using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.Runtime;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// One call of an AWS JSON 1.1 API (<c>X-Amz-Target: &lt;prefix&gt;.&lt;Op&gt;</c>, a JSON body), signed with SigV4 for
/// the service in the region — AWS Organizations, IAM Identity Center's sso-admin and identitystore, whose SDK packages
/// are not served here. Null inputs are left out. Errors come back as <see cref="IamServiceException"/> from <c>__type</c> and
/// <c>message</c>; retries and paging belong to the caller.
/// </summary>
internal sealed class SignedJsonClient(HttpClient http, AWSCredentials credentials, TimeProvider clock)
{
    public async Task<JsonNode> CallAsync(Uri endpoint, string region, string signingName, string target, JsonObject input, CancellationToken ct)
    {
        foreach (var key in input.Where(p => p.Value is null).Select(p => p.Key).ToList())
            input.Remove(key);
        var body = Encoding.UTF8.GetBytes(input.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        var identity = await credentials.GetCredentialsAsync();
        SigV4RequestSigner.Sign(request, body, identity, region, signingName, clock.GetUtcNow().UtcDateTime);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw ErrorFrom(response, text);
        return JsonNode.Parse(text) ?? new JsonObject();
    }

    private static IamServiceException ErrorFrom(HttpResponseMessage response, string text)
    {
        string code = response.StatusCode.ToString(), message = response.ReasonPhrase ?? string.Empty;
        try
        {
            var error = JsonNode.Parse(text);
            // __type may carry a namespace prefix: "com.amazonaws.swbexternalservice#AccessDeniedException".
            code = error?["__type"]?.GetValue<string>() is { } type ? type[(type.LastIndexOf('#') + 1)..] : code;
            message = (error?["message"] ?? error?["Message"])?.GetValue<string>() ?? message;
        }
        catch (JsonException)
        {
            // A non-JSON body (a proxy's page): the status code says enough.
        }
        var status = response.StatusCode == 0 ? HttpStatusCode.InternalServerError : response.StatusCode;
        return new IamServiceException(status, code, message, response.Headers.RetryAfter?.Delta);
    }
}
