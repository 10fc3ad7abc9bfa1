using System.Text.Json;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>Turns what the SDK threw into an <see cref="EndpointFailure"/> with the HTTP status and Graph's error code.</summary>
internal static class EndpointFailures
{
    /// <summary>A dropped connection or a body that is not complete JSON: worth asking for the page again.</summary>
    public static bool IsBrokenBody(Exception ex) =>
        ex is IOException or HttpRequestException or JsonException || ex.InnerException is { } inner && IsBrokenBody(inner);

    public static EndpointFailure From(string endpoint, Exception ex) => ex switch
    {
        ODataError e => new EndpointFailure(endpoint, e.ResponseStatusCode, e.Error?.Code,
            Trim(e.Error is { } err ? $"{err.Code}: {err.Message}" : e.Message)),
        ApiException e => new EndpointFailure(endpoint, e.ResponseStatusCode, null, Trim(e.Message)),
        TaskCanceledException => new EndpointFailure(endpoint, null, null, "the request timed out"),
        _ when IsBrokenBody(ex) => new EndpointFailure(endpoint, null, null,
            $"the connection failed or the response body was truncated ({ex.GetType().Name}: {Trim(ex.Message)})"),
        // Kiota's retry handler gives up with an AggregateException of one ApiException per attempt.
        AggregateException { InnerExceptions: [.., ApiException last] } a => new EndpointFailure(endpoint, last.ResponseStatusCode, null,
            $"{a.InnerExceptions.Count} attempts, the last answered {ErrorOf(last.Message)}"),
        _ => new EndpointFailure(endpoint, null, null, $"{ex.GetType().Name}: {Trim(ex.Message)}"),
    };

    // Kiota's message is "HTTP request failed with status code: X.{json}": keep the Graph error code and message.
    private static string ErrorOf(string message)
    {
        var start = message.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
            return Trim(message);
        try
        {
            using var body = JsonDocument.Parse(message[start..]);
            var error = body.RootElement.GetProperty("error");
            return Trim($"{error.GetProperty("code").GetString()}: {error.GetProperty("message").GetString()}");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return Trim(message[..start]);
        }
    }

    // Redacted before shortening, so a secret cut in half cannot survive; Graph error bodies may echo request headers.
    private static string Trim(string text)
    {
        text = Engine.Secrets.SecretRedactor.Redact(text)!;
        return text.Length <= 300 ? text : text[..300] + "…";
    }
}
