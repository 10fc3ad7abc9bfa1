using System.Linq.Expressions;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.AccessControl;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.People;

/// <summary>PERSON-STALE-01: a person with access outside Entra ID has used none of their identities within the period.</summary>
public sealed class StalePersonRule : FactRule<Person>
{
    public static readonly ParameterDescriptor InactiveDays = ParameterDescriptor.Integer("inactiveDays", 90,
        "Days without any use (Entra sign-in, IAM console password, IAM access key) after which a person is stale.", min: 1);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "PERSON-STALE-01",
        Title = "Person with cloud access and no use anywhere",
        MessageFormat = "{resource} holds access in {accessIn} but has used none of it for {inactiveDays} days or more (last use anywhere: {lastUse}).",
        PassMessageFormat = "{resource} last used an identity {lastUse}.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "Access nobody uses should not exist. An enabled person holding an Azure role (directly or through a group), a linked AWS IAM user or a linked IAM " +
                      "Identity Center user with an administrator permission set (its sign-in goes through Entra ID) is stale when " +
                      "none of their identities was used within inactiveDays: no Entra sign-in (ENT-ID-01's reading), no IAM console sign-in " +
                      "and no IAM access-key use — never-used identities count from their creation. One recent use anywhere keeps the person " +
                      "active, so this finds the people whose whole footprint is dormant. Break-glass accounts are out of scope.",
        RemediationSummary = "Confirm with the person's manager; remove the Azure role assignments and the IAM user, and disable the Entra account if it is no longer needed.",
        Controls = PersonControls.All,
        Since = "0.5.0",
        Benchmarks = [new("Prowler", "entra_user_with_recent_sign_in, iam_user_accesskey_unused, iam_user_console_access_unused")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraSignInActivity, Datasets.AzureSubscriptions, Datasets.AzureRoleAssignments,
                        Datasets.AwsCredentialReport, Datasets.AwsUserPolicies, Datasets.EntraGroupMembers,
                        Datasets.AwsIdentityCenter, Datasets.AwsIdentityCenterAssignments],
        Parameters = [InactiveDays, Engine.Configuration.SharedParameters.BreakGlassAccounts],
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

    protected override Expression<Func<Person, bool>> Scope => p =>
        (p.Aws.Count > 0 || p.Azure.Count > 0 || HoldsIdentityCenterAccess(p)) && p.User.AccountEnabled != false && !_breakGlass.Contains(p.User);

    // An Identity Center user whose assignments are unknown may hold one: in scope, so a gap in them makes it Error.
    private static bool HoldsIdentityCenterAccess(Person p) => p.IdentityCenter.Count > 0 && p.HoldsIdentityCenterAdministrator != false;

    protected override Expression<Func<Person, bool>> DataPresent => p => SignInInactivity.IsKnown(p.User);

    protected override string MissingData(Person p) => SignInInactivity.WhyUnknown(p.User);

    protected override Expression<Func<Person, bool>> Violation => p =>
        SignInInactivity.InactiveSince(p.User, _cutoff) && p.Aws.All(a => AwsUnusedSince(a, _cutoff));

    private static bool AwsUnusedSince(AwsIdentity a, DateTimeOffset cutoff)
    {
        var user = a.IamUser;
        var last = user.AccessKeys.Select(k => k.LastUsed).Aggregate(user.PasswordLastUsed, Person.Later);
        return last is { } used ? used <= cutoff : user.CreatedAt is null || user.CreatedAt <= cutoff;
    }

    protected override IReadOnlyDictionary<string, object?> Observed(Person p) => Observations.Of(
        ("lastUse", p.LastUse),
        ("daysSinceLastUse", DaysSince(p.LastUse)),
        ("accessIn", (p.Azure.Count > 0 ? new[] { "Azure" } : []).Concat(p.Aws.Count > 0 ? ["AWS"] : [])
            .Concat(HoldsIdentityCenterAccess(p) ? ["AWS IAM Identity Center"] : []).ToList()),
        ("awsUsers", p.Aws.Select(a => a.Resource.Key).ToList()),
        ("inactiveDays", Parameters.Int(InactiveDays)));

    protected override string RemediationFor(Person p) =>
        $"Confirm with the manager of {p.User.UserPrincipalName} that the access is no longer needed, then remove it: " +
        string.Join(" ", p.Azure.Where(z => !z.ViaGroup).SelectMany(z => z.Assignments.Select(a =>
            $"az role assignment delete --assignee {Shell.Sh(z.PrincipalId)} --role {Shell.Sh(a.RoleName)} --scope {Shell.Sh(a.Scope ?? "/subscriptions/" + z.Subscription.SubscriptionId)};"))) +
        string.Join(" ", p.Azure.Where(z => z.ViaGroup).Select(z => z.Group!.Id).Distinct(StringComparer.OrdinalIgnoreCase).Select(g =>
            $"az ad group member remove --group {Shell.Sh(g)} --member-id {Shell.Sh(p.User.Id)};")) +
        string.Join(" ", p.Aws.Select(a => $"in AWS account {a.IamUser.AccountId}, deactivate the keys and console password of {a.IamUser.UserName} and delete the user;")) +
        string.Join(" ", p.IdentityCenter.Where(c => c.IsAdministrator == true).Select(c =>
            $"in IAM Identity Center, remove the administrator assignments of {c.User.UserName} ({string.Join(", ", IdentityCenterText.Assignments(c.User))});")) +
        $" and disable the Entra account if it is unused (Update-MgUser -UserId {Shell.Ps(p.User.Id)} -AccountEnabled:$false).";
}
