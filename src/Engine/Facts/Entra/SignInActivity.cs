namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>Sign-in timestamps from Microsoft Graph <c>signInActivity</c>; null means never.</summary>
public sealed record SignInActivity
{
    public DateTimeOffset? LastSuccessfulSignIn { get; init; }
    public DateTimeOffset? LastInteractiveSignIn { get; init; }
    public DateTimeOffset? LastNonInteractiveSignIn { get; init; }

    /// <summary>
    /// The last successful sign-in, falling back to the latest interactive or non-interactive attempt for
    /// tenants where the successful timestamp is not populated.
    /// </summary>
    public DateTimeOffset? LastActivity =>
        LastSuccessfulSignIn ?? Max(LastInteractiveSignIn, LastNonInteractiveSignIn);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a > b ? a : b;
}
