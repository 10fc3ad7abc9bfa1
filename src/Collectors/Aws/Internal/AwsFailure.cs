using System.Net;
using System.Xml;
using Amazon.Runtime;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>Classifies failures of IAM Query and SDK calls: worth retrying or not, and how to say what went wrong.</summary>
internal static class AwsFailure
{
    private static readonly HashSet<string> ThrottlingCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "RequestLimitExceeded", "RequestThrottled", "SlowDown", "ProvisionedThroughputExceededException",
        "BandwidthLimitExceeded", "LimitExceededException", "EC2ThrottledException", "PriorRequestNotComplete",
        "ServiceUnavailable", "InternalError", "InternalFailure", "RequestTimeout", "RequestTimeoutException",
    };

    private static readonly HashSet<string> AccessDeniedCodes = new(StringComparer.Ordinal)
    {
        "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess", "AuthFailure",
        "InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "InvalidAccessKeyId",
    };

    public static bool IsTransient(Exception exception, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        switch (exception)
        {
            case IamServiceException iam:
                retryAfter = iam.RetryAfter;
                return IsTransientStatus(iam.Status) || ThrottlingCodes.Contains(iam.Code);
            case AmazonServiceException service when service.StatusCode != 0:
                return IsTransientStatus(service.StatusCode) || (service.ErrorCode is { } code && ThrottlingCodes.Contains(code));
            case AmazonServiceException { InnerException: { } inner }:
                return IsTransient(inner, out retryAfter);
            case AmazonClientException { InnerException: { } inner }:
                return IsTransient(inner, out retryAfter);
            case HttpRequestException or IOException or XmlException or TimeoutException:
                return true;
            case TaskCanceledException { InnerException: TimeoutException }:
                return true;
            default:
                return false;
        }
    }

    public static bool IsAccessDenied(Exception exception) => exception switch
    {
        IamServiceException iam => iam.Status == HttpStatusCode.Forbidden || AccessDeniedCodes.Contains(iam.Code),
        AmazonServiceException service => service.StatusCode == HttpStatusCode.Forbidden
                                          || (service.ErrorCode is { } code && AccessDeniedCodes.Contains(code)),
        _ => false,
    };

    /// <summary>A one-line reason: status, AWS error code and AWS message, or the kind of transport failure.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        IamServiceException iam => $"{(int)iam.Status} {iam.Code}: {iam.AwsMessage}",
        AmazonServiceException { StatusCode: not 0 } service => $"{(int)service.StatusCode} {service.ErrorCode ?? "error"}: {service.Message}",
        AmazonServiceException { InnerException: { } inner } => Describe(inner),
        AmazonClientException { InnerException: { } inner } => Describe(inner),
        XmlException => "malformed or truncated response body",
        HttpRequestException or IOException => $"connection failed: {exception.Message}",
        TimeoutException or TaskCanceledException => "timed out",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    private static bool IsTransientStatus(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;
}
