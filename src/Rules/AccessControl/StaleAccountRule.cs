using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>ENT-ID-01: an enabled account has not signed in for <c>inactiveDays</c> days (or never, and is that old).</summary>
public sealed class StaleAccountRule : FactRule<EntraUser>
{
    public static readonly ParameterDescriptor InactiveDays = ParameterDescriptor.Integer("inactiveDays", 90,
        "Days without a sign-in after which an enabled account is stale.", min: 1);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-ID-01",
        Title = "Stale enabled account",
        MessageFormat = "{resource} is enabled but has not signed in for {inactiveDays} days or more (last sign-in: {lastSignIn}; created {createdDateTime}).",
        PassMessageFormat = "{resource} last signed in {lastSignIn}.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "Accounts nobody uses are easy to take over unnoticed; access rights must be removed when no longer needed. " +
                      "An enabled account — member or guest — is stale when its last successful sign-in (falling back to the latest " +
                      "interactive or non-interactive sign-in) is inactiveDays or more before the snapshot, or when it never signed in " +
                      "and was created that long ago. Break-glass accounts are out of scope.",
        RemediationSummary = "Confirm with the owner or manager; disable the account (and delete it after the retention period) if it is no longer needed.",
        Controls = [Controls.IdentityManagement, Controls.AccessRights, Controls.OrgIdentityManagement, Controls.OrgAccessRights],
        Benchmarks = [new("Prowler", "entra_user_with_recent_sign_in (90 days)"), new("CIS Azure 6.3.2 (v4)", "review guest users")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraSignInActivity],
        Parameters = [InactiveDays, SharedParameters.BreakGlassAccounts],
    };

    private BreakGlass _breakGlass = BreakGlass.None;
    private DateTimeOffset _cutoff;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _breakGlass = BreakGlass.From(parameters);
        _cutoff = now.AddDays(-parameters.Int(InactiveDays));
    }

    protected override Expression<Func<EntraUser, bool>> Scope => u => u.AccountEnabled != false && !_breakGlass.Contains(u);

    protected override Expression<Func<EntraUser, bool>> DataPresent => u => SignInInactivity.IsKnown(u);

    protected override string MissingData(EntraUser u) => SignInInactivity.WhyUnknown(u);

    protected override Expression<Func<EntraUser, bool>> Violation => u => SignInInactivity.InactiveSince(u, _cutoff);

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("lastSignIn", u.SignIn?.LastActivity),
        ("daysSinceSignIn", DaysSince(u.SignIn?.LastActivity)),
        ("createdDateTime", u.CreatedDateTime),
        ("userType", u.UserType),
        ("inactiveDays", Parameters.Int(InactiveDays)));

    protected override string? CommandFor(EntraUser u)
    {
        return $"Update-MgUser -UserId {Shell.Ps(u.Id)} -AccountEnabled:$false";
    }

    protected override string RemediationFor(EntraUser u) =>
        $"Confirm with the owner or manager of {u.UserPrincipalName} that the account is no longer needed, then disable it: " +
        $"Update-MgUser -UserId {Shell.Ps(u.Id)} -AccountEnabled:$false; delete it after the retention period (Remove-MgUser -UserId {Shell.Ps(u.Id)}). " +
        "Portal: Microsoft Entra admin center > Users > the user > Edit properties > Settings > Account enabled. " +
        "For guests, an access review (Identity Governance > Access reviews) automates this.";
}
