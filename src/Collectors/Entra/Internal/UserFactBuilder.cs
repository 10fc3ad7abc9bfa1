using ComplianceEngine.Engine.Facts.Entra;
using Microsoft.Graph.Models;
using SignIn = ComplianceEngine.Engine.Facts.Entra.SignInActivity;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// Turns Graph users into facts page by page, then joins in MFA registration and roles through dictionaries keyed
/// by user id: linear in the size of the tenant.
/// </summary>
internal static class UserFactBuilder
{
    /// <param name="withSignIn">Whether <c>signInActivity</c> was selected: only then is a missing one "never".</param>
    public static EntraUser? FromGraph(User u, EntraSource source, bool withSignIn) => u.Id is not { } id ? null : new EntraUser
    {
        SourceId = source.SourceId,
        TenantId = source.TenantId,
        Id = id,
        UserPrincipalName = u.UserPrincipalName ?? id,
        DisplayName = u.DisplayName,
        UserType = u.UserType ?? "Member",
        AccountEnabled = u.AccountEnabled,
        CreatedDateTime = u.CreatedDateTime,
        OnPremisesSyncEnabled = u.OnPremisesSyncEnabled == true,
        OnPremisesImmutableId = u.OnPremisesImmutableId,
        AssignedLicenseCount = u.AssignedLicenses?.Count ?? 0,
        PreferredDataLocation = u.PreferredDataLocation,
        ExternalUserState = u.ExternalUserState,
        SignIn = withSignIn ? SignInOf(u.SignInActivity) : null,
    };

    public static (string UserId, MfaRegistration Mfa)? MfaOf(UserRegistrationDetails r) => r.Id is not { } id ? null : (id, new MfaRegistration
    {
        IsMfaRegistered = r.IsMfaRegistered ?? false,
        IsMfaCapable = r.IsMfaCapable ?? false,
        IsPasswordlessCapable = r.IsPasswordlessCapable ?? false,
        MethodsRegistered = r.MethodsRegistered ?? [],
    });

    /// <param name="registrations">The MFA report, or null when it could not be read completely.</param>
    public static List<EntraUser> Build(IReadOnlyList<EntraUser> users, IReadOnlyList<(string UserId, MfaRegistration Mfa)>? registrations,
        RoleBook roles)
    {
        var mfaByUser = new Dictionary<string, MfaRegistration>(registrations?.Count ?? 0, StringComparer.Ordinal);
        foreach (var (userId, mfa) in registrations ?? [])
            mfaByUser[userId] = mfa;

        var facts = new List<EntraUser>(users.Count);
        foreach (var user in users)
            facts.Add(user with { Mfa = mfaByUser.GetValueOrDefault(user.Id), Roles = roles.RolesOf(user.Id) });
        facts.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return facts;
    }

    // A user who never signed in has no signInActivity at all: that is "never", not "unknown".
    private static SignIn SignInOf(Microsoft.Graph.Models.SignInActivity? activity) => new()
    {
        LastSuccessfulSignIn = GraphDates.OrNever(activity?.LastSuccessfulSignInDateTime),
        LastInteractiveSignIn = GraphDates.OrNever(activity?.LastSignInDateTime),
        LastNonInteractiveSignIn = GraphDates.OrNever(activity?.LastNonInteractiveSignInDateTime),
    };
}
