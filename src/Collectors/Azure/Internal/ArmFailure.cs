using System.Text.Json;
using Azure;
using Azure.Identity;

namespace ComplianceEngine.Collectors.Azure.Internal;

/// <summary>
/// Turns a failed ARM call into one short reason for the source status. Built from the status code, the ARM error
/// code and message only: never from request headers, so a bearer token cannot leak into a status or a log.
/// </summary>
internal static class ArmFailure
{
    private const int MaxLength = 240;

    // ARM's message is text from outside (a proxy may echo the request's headers): redacted before it is kept.
    public static string Describe(Exception exception) => Engine.Secrets.SecretRedactor.Redact(Reason(exception))!;

    private static string Reason(Exception exception) => exception switch
    {
        // Azure.Core gives up on repeated exceptions (timeouts, dropped connections) with all of them aggregated.
        AggregateException { InnerExceptions.Count: > 0 } tries =>
            $"{Describe(tries.InnerExceptions[^1])} (after {tries.InnerExceptions.Count} tries)",
        RequestFailedException { Status: > 0 } failed => Http(failed),
        RequestFailedException failed => $"network error: {Shorten(FirstLine(failed.Message))}",
        AuthenticationFailedException or CredentialUnavailableException => $"authentication failed: {Shorten(FirstLine(exception.Message))}",
        JsonException or FormatException =>
            "unreadable response from ARM (truncated or malformed JSON)",
        OperationCanceledException => "timed out waiting for ARM",
        HttpRequestException or IOException => $"network error: {Shorten(FirstLine(exception.Message))}",
        _ => $"{exception.GetType().Name}: {Shorten(FirstLine(exception.Message))}",
    };

    private static string Http(RequestFailedException failed)
    {
        var phrase = Enum.IsDefined((System.Net.HttpStatusCode)failed.Status)
            ? ((System.Net.HttpStatusCode)failed.Status).ToString()
            : "HTTP error";
        var code = failed.ErrorCode is { Length: > 0 } c ? $" ({c})" : string.Empty;
        var message = FirstLine(failed.Message);
        var detail = message.StartsWith("Service request failed", StringComparison.Ordinal) ? string.Empty : $": {Shorten(message)}";
        var hint = failed.Status == 403 ? " — the credential needs the Reader role on the subscription" : string.Empty;
        return $"{failed.Status} {phrase}{code}{detail}{hint}";
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    // Redacted before shortening, so a secret cut in half cannot survive.
    private static string Shorten(string text)
    {
        text = Engine.Secrets.SecretRedactor.Redact(text)!;
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }
}
