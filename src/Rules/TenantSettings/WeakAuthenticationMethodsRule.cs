using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;
using static ComplianceEngine.Rules.TenantSettings.AuthenticationMethodNames;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-METH-03: SMS, voice call or e-mail one-time passcode is enabled in the authentication methods policy.</summary>
public sealed class WeakAuthenticationMethodsRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-METH-03",
        Title = "SMS, voice call or e-mail OTP enabled",
        MessageFormat = "{resource}: the authentication methods policy enables {weakMethodsEnabled}.",
        PassMessageFormat = "{resource}: SMS, voice call and e-mail one-time passcode are disabled.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Error,
        Description = "Codes sent by SMS, voice call or e-mail can be intercepted or phished (SIM swap, mailbox takeover). The " +
                      "authenticationMethodConfigurations Sms, Voice and Email must be disabled. As in ScubaGear (MS.AAD.3.5v1), this is " +
                      "decided only once the migration is complete (ENT-METH-02): before that the legacy policies still govern these " +
                      "methods and the result is not applicable.",
        RemediationSummary = "Authentication methods > Policies: set SMS, Voice call and Email OTP to Disabled.",
        Controls = [Controls.SecureAuthentication, Controls.AuthenticationInformation, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.3.5v1"), new("CIS M365 5.2.3.5", "weak authentication methods disabled")],
        RequiredData = [Datasets.EntraAuthenticationMethodsPolicy],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> Scope => t => t.AuthenticationMethods == null || Migrated(t);

    protected override string? NotApplicable(EntraTenant tenant) =>
        $"authentication methods migration not complete ({tenant.AuthenticationMethods?.PolicyMigrationState}): the legacy MFA and SSPR policies still govern SMS, voice and e-mail; see ENT-METH-02";

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.AuthenticationMethods != null;

    protected override string MissingData(EntraTenant tenant) => "the authentication methods policy was not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => WeakEnabled(t).Count > 0;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("weakMethodsEnabled", string.Join(", ", WeakEnabled(t))));

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Authentication methods > Policies: open " + string.Join(", ", WeakEnabled(t)) +
        " and set Enable = No (move their users to Microsoft Authenticator or a passkey first). PowerShell, per method: " +
        string.Join("; ", WeakEnabled(t).Select(id =>
            $"Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration -AuthenticationMethodConfigurationId {Shell.Ps(id)} " +
            $"-BodyParameter @{{ '@odata.type' = '#microsoft.graph.{char.ToLowerInvariant(id[0]) + id[1..]}AuthenticationMethodConfiguration'; state = 'disabled' }}")) + ".";
}
