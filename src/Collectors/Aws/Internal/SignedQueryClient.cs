using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Amazon.Runtime;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// One call of an AWS Query API (IAM, RDS): a form POST with <c>Action</c> and <c>Version</c>, signed with SigV4 for
/// the service in the region; the answer's <c>&lt;Action&gt;Result</c> element, or an <see cref="IamServiceException"/>
/// from the <c>ErrorResponse/Error</c> body. Retries and paging belong to the caller.
/// </summary>
internal sealed class SignedQueryClient(HttpClient http, AWSCredentials credentials, TimeProvider clock)
{
    public async Task<XElement> CallAsync(Uri endpoint, string region, string service, string version, string action,
        IEnumerable<KeyValuePair<string, string>> parameters, CancellationToken ct)
    {
        var form = string.Join('&', new[] { new KeyValuePair<string, string>("Action", action), new("Version", version) }
            .Concat(parameters).Select(p => $"{SigV4RequestSigner.Encode(p.Key)}={SigV4RequestSigner.Encode(p.Value)}"));
        var body = Encoding.UTF8.GetBytes(form);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-8");
        var identity = await credentials.GetCredentialsAsync();
        SigV4RequestSigner.Sign(request, body, identity, region, service, clock.GetUtcNow().UtcDateTime);

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
            throw ErrorFrom(response, text);
        var document = XDocument.Parse(text);
        return document.Root?.Child($"{action}Result") ?? new XElement($"{action}Result");
    }

    private static IamServiceException ErrorFrom(HttpResponseMessage response, string text)
    {
        string code = response.StatusCode.ToString(), message = response.ReasonPhrase ?? string.Empty;
        try
        {
            var error = XDocument.Parse(text).Root?.Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
            code = error?.Text("Code") ?? code;
            message = error?.Text("Message") ?? message;
        }
        catch (System.Xml.XmlException)
        {
            // A non-XML error body (a proxy's HTML page, a cut connection): the status code says enough.
        }
        var retryAfter = response.Headers.RetryAfter?.Delta;
        return new IamServiceException(response.StatusCode == 0 ? HttpStatusCode.InternalServerError : response.StatusCode, code, message, retryAfter);
    }
}
