using Azure.Core;
using ComplianceEngine.Engine.Secrets;

namespace ComplianceEngine.Collectors.Auth.Internal;

/// <summary>Registers every access token it hands out with <see cref="SecretRedactor"/>, so an error body or a proxy
/// that echoes the request's Authorization header cannot carry the token into a status, a log or an output.</summary>
internal sealed class RedactedTokenCredential(TokenCredential inner) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        Registered(inner.GetToken(requestContext, cancellationToken));

    public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        Registered(await inner.GetTokenAsync(requestContext, cancellationToken));

    private static AccessToken Registered(AccessToken token)
    {
        SecretRedactor.Register(token.Token);
        return token;
    }
}
