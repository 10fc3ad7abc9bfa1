namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>Why an endpoint stopped before its last page. <see cref="Status"/> is the HTTP status when there was one.</summary>
internal sealed record EndpointFailure(string Endpoint, int? Status, string? Code, string Detail)
{
    public bool IsForbidden => Status == 403;
    public bool IsThrottled => Status is 429 or 503 or 504;

    public string Describe(string? permissionHint = null)
    {
        var what = Status is { } s ? $"{s} {Phrase(s)} from {Endpoint}" : $"{Endpoint} could not be read";
        var retried = IsThrottled ? " after the SDK's retries ran out" : "";
        var hint = IsForbidden && permissionHint is not null ? $"; needs {permissionHint}" : "";
        return $"{what}{retried}: {Detail}{hint}";
    }

    private static string Phrase(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    };
}

/// <summary>The items an endpoint returned, the calls it took, and the failure that stopped it, if any.</summary>
internal sealed record EndpointResult<T>(IReadOnlyList<T> Items, int Calls, EndpointFailure? Failure)
{
    public bool IsComplete => Failure is null;
}
