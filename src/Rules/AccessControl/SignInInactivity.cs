using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>
/// When an account last showed activity, read the same way by the stale-account rules: the last successful sign-in
/// (falling back to the latest interactive or non-interactive one); an account that never signed in counts from its
/// creation. Without sign-in data the answer is unknown, never "active".
/// </summary>
internal static class SignInInactivity
{
    public static bool IsKnown(EntraUser u) =>
        u.AccountEnabled != null && u.SignIn != null && (u.SignIn.LastActivity != null || u.CreatedDateTime != null);

    public static bool InactiveSince(EntraUser u, DateTimeOffset cutoff) =>
        u.SignIn!.LastActivity is { } last ? last <= cutoff : u.CreatedDateTime <= cutoff;

    public static string WhyUnknown(EntraUser u) =>
        u.AccountEnabled is null ? "accountEnabled was not reported for this user"
        : u.SignIn is null ? "signInActivity was not reported for this user (needs Entra ID P1/P2 and AuditLog.Read.All)"
        : "the user never signed in and its creation date was not reported";
}
