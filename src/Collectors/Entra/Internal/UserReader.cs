using ComplianceEngine.Engine.Facts.Entra;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>The users page chain, and whether their sign-in activity came with it.</summary>
internal sealed record UserRead(EndpointResult<EntraUser> Users, EndpointFailure? SignInGap);

/// <summary>
/// Reads users with only the properties the rules use. <c>signInActivity</c> caps <c>$top</c> at 120 and needs
/// Entra ID P1 plus AuditLog.Read.All; without them Graph answers 403 to the whole request, so the users are
/// read again without it and the gap is reported once, for the sign-in dataset only.
/// </summary>
internal sealed class UserReader(GraphServiceClient graph, EndpointReader reader, EntraSource source)
{
    public const int SignInPageSize = 120;
    public const int PlainPageSize = 999;

    private static readonly string[] Properties =
    [
        "id", "userPrincipalName", "displayName", "userType", "accountEnabled", "createdDateTime",
        "onPremisesSyncEnabled", "onPremisesImmutableId", "assignedLicenses", "preferredDataLocation", "externalUserState",
    ];

    public async Task<UserRead> ReadAsync(CancellationToken cancellationToken)
    {
        var withSignIn = await ReadAsync("users", [.. Properties, "signInActivity"], SignInPageSize, true, cancellationToken);
        if (withSignIn.Failure is not { IsForbidden: true } denied || withSignIn.Items.Count > 0)
            return new UserRead(withSignIn, withSignIn.Failure);

        var plain = await ReadAsync("users (without signInActivity)", Properties, PlainPageSize, false, cancellationToken);
        return new UserRead(plain with { Calls = plain.Calls + withSignIn.Calls }, denied);
    }

    // Each page becomes facts as soon as it is parsed, so the SDK's heavier models die young.
    private Task<EndpointResult<EntraUser>> ReadAsync(string endpoint, string[] select, int top, bool withSignIn, CancellationToken cancellationToken) =>
        reader.ReadAllAsync<UserCollectionResponse, EntraUser>(endpoint,
            graph.RequestAdapter, next => next is null
                ? graph.Users.ToGetRequestInformation(r =>
                {
                    r.QueryParameters.Select = select;
                    r.QueryParameters.Top = top;
                })
                : graph.Users.WithUrl(next).ToGetRequestInformation(),
            UserCollectionResponse.CreateFromDiscriminatorValue,
            page => page.Value?.Select(u => UserFactBuilder.FromGraph(u, source, withSignIn)).OfType<EntraUser>(), cancellationToken);
}
