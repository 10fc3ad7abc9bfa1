using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.CredentialManagement;
using Amazon.SecurityToken.Model;
using ComplianceEngine.Engine.Secrets;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// The credentials of one source: explicit ones, else the named profile (or <c>AWS_PROFILE</c>), else the SDK's
/// default chain (environment, SSO, container and instance roles); then, when a role ARN is given, an
/// STS AssumeRole session with those.
/// </summary>
internal static class AwsCredentialResolver
{
    public const string SessionName = "compliance-engine";

    public static async Task<AWSCredentials> ResolveAsync(AwsSourceOptions options, AwsEndpoints endpoints, AwsCallRunner runner,
        CancellationToken ct)
    {
        var baseCredentials = options.Credentials ?? FromProfileOrChain(options);
        if (options.RoleArn is null)
            return baseCredentials;

        using var sts = AwsClients.Sts(baseCredentials, endpoints);
        var request = new AssumeRoleRequest { RoleArn = options.RoleArn, RoleSessionName = SessionName, DurationSeconds = 3600 };
        var response = await runner.RunAsync("sts:AssumeRole", c => sts.AssumeRoleAsync(request, c), ct);
        var session = response.Credentials;
        // A session issued here is a secret this run knows: echoed back by a proxy or an error, it is masked by value.
        SecretRedactor.Register(session.SecretAccessKey);
        SecretRedactor.Register(session.SessionToken);
        return new SessionAWSCredentials(session.AccessKeyId, session.SecretAccessKey, session.SessionToken);
    }

    private static AWSCredentials FromProfileOrChain(AwsSourceOptions options)
    {
        var profile = options.Profile ?? NonEmpty(options.Environment("AWS_PROFILE"));
        // Without a client config the chain uses its own defaults (environment, AWS_PROFILE/default profile, SSO, roles).
        if (profile is null)
            return new DefaultAWSCredentialsIdentityResolver().ResolveIdentity(null!);
        return new CredentialProfileStoreChain().TryGetAWSCredentials(profile, out var credentials)
            ? credentials
            : throw new AmazonClientException($"profile '{profile}' was not found in the shared config or credentials file");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
