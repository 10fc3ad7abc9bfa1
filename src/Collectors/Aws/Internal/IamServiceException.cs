using System.Net;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>An IAM Query API error response (<c>ErrorResponse/Error/{Code,Message}</c>).</summary>
internal sealed class IamServiceException(HttpStatusCode status, string code, string awsMessage, TimeSpan? retryAfter)
    : Exception($"{(int)status} {code}: {awsMessage}")
{
    public HttpStatusCode Status { get; } = status;
    public string Code { get; } = code;
    public string AwsMessage { get; } = awsMessage;
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>
/// A call that failed for good: either a permanent error (AccessDenied, NoSuchEntity…) or a transient one whose
/// retries ran out. The message is the reason shown in the source status; it never carries credentials.
/// </summary>
internal sealed class AwsCallException(string operation, string reason, bool transient, bool accessDenied, Exception inner)
    : Exception($"{operation}: {reason}", inner)
{
    public string Operation { get; } = operation;
    public string Reason { get; } = reason;

    /// <summary>True when the call kept failing with throttling/5xx/connection errors until retries ran out.</summary>
    public bool Transient { get; } = transient;
    public bool AccessDenied { get; } = accessDenied;
}
