namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// Endpoint and region resolution as the AWS SDKs do it: the source's own endpoint, then
/// <c>AWS_ENDPOINT_URL_&lt;SERVICE&gt;</c>, then <c>AWS_ENDPOINT_URL</c> (unless
/// <c>AWS_IGNORE_CONFIGURED_ENDPOINT_URLS</c> is true), then the public endpoint.
/// </summary>
internal sealed class AwsEndpoints(Uri? sourceEndpoint, Func<string, string?> environment)
{
    public static readonly Uri PublicIamEndpoint = new("https://iam.amazonaws.com/");

    /// <summary>The overriding URL for a service (<c>IAM</c>, <c>S3</c>, <c>EC2</c>, <c>STS</c>), or null for the public one.</summary>
    public Uri? OverrideFor(string service)
    {
        if (sourceEndpoint is not null)
            return sourceEndpoint;
        if (string.Equals(environment("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), "true", StringComparison.OrdinalIgnoreCase))
            return null;
        return Parse(environment($"AWS_ENDPOINT_URL_{service.ToUpperInvariant()}")) ?? Parse(environment("AWS_ENDPOINT_URL"));
    }

    public Uri Iam => OverrideFor("IAM") ?? PublicIamEndpoint;

    /// <summary>The home region: <c>AWS_REGION</c>, <c>AWS_DEFAULT_REGION</c>, else us-east-1.</summary>
    public string HomeRegion => NonEmpty(environment("AWS_REGION")) ?? NonEmpty(environment("AWS_DEFAULT_REGION")) ?? "us-east-1";

    private static Uri? Parse(string? value) =>
        NonEmpty(value) is { } text && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
