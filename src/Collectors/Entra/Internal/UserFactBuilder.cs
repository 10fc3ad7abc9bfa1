using ComplianceEngine.Engine.Facts.Entra;
using Microsoft.Graph.Models;
using SignIn = ComplianceEngine.Engine.Facts.Entra.SignInActivity;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// Joins users with their MFA registration, sign-in activity and roles into one fact per person, through
/// dictionaries keyed by user id: linear in the size of the tenant.
/// </summary>
internal static class UserFactBuilder
{
    /// <param name="registrations">The MFA report, or null when it could not be read completely.</param>
    /// <param name="signInComplete">Whether users came with their sign-in activity.</param>
    public static List<EntraUser> Build(EntraSource source, IReadOnlyList<User> users, bool signInComplete,
        IReadOnlyList<UserRegistrationDetails>? registrations, RoleBook roles)
    {
        var mfaByUser = new Dictionary<string, MfaRegistration>(registrations?.Count ?? 0, StringComparer.Ordinal);
        foreach (var r in registrations ?? [])
        {
            if (r.Id is { } id)
                mfaByUser[id] = new MfaRegistration
                {
                    IsMfaRegistered = r.IsMfaRegistered ?? false,
                    IsMfaCapable = r.IsMfaCapable ?? false,
                    IsPasswordlessCapable = r.IsPasswordlessCapable ?? false,
                    MethodsRegistered = r.MethodsRegistered ?? [],
                };
        }

        var facts = new List<EntraUser>(users.Count);
        foreach (var u in users)
        {
            if (u.Id is not { } id)
                continue;
            facts.Add(new EntraUser
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
                SignIn = signInComplete ? SignInOf(u.SignInActivity) : null,
                Mfa = mfaByUser.GetValueOrDefault(id),
                Roles = roles.RolesOf(id),
            });
        }
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
