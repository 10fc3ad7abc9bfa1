using Azure.Core;

namespace ComplianceEngine.Collectors.Auth.Internal;

/// <summary>A bearer token a pipeline already holds, read once from an environment variable.</summary>
internal sealed class EnvironmentTokenCredential(string token) : TokenCredential
{
    // Expiry is unknown; the pipeline that minted the token is responsible for its lifetime.
    private readonly AccessToken _token = new(token, DateTimeOffset.UtcNow.AddHours(1));

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => _token;

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(_token);

    public override string ToString() => nameof(EnvironmentTokenCredential);
}
