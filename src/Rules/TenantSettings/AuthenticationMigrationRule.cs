using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;
using static ComplianceEngine.Rules.TenantSettings.AuthenticationMethodNames;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-METH-02: the migration from the legacy MFA and SSPR policies to the authentication methods policy is not complete.</summary>
public sealed class AuthenticationMigrationRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-METH-02",
        Title = "Authentication methods migration not complete",
        MessageFormat = "{resource}: the authentication methods policy migration is '{policyMigrationState}', not 'migrationComplete'.",
        PassMessageFormat = "{resource}: authentication methods are managed in the authentication methods policy alone (migration complete).",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "Until the migration is complete, the legacy per-user MFA and self-service password reset policies still enable " +
                      "methods beside the authentication methods policy, so disabling a weak method there (ENT-METH-03) does not take it " +
                      "away. authenticationMethodsPolicy.policyMigrationState must be 'migrationComplete'; like ScubaGear (MS.AAD.3.4v1), " +
                      "a policy that reports no state is read as migrated.",
        RemediationSummary = "Move the methods enabled in the legacy MFA and SSPR policies into the authentication methods policy, then set Manage migration = Migration Complete.",
        Controls = [Controls.SecureAuthentication, Controls.AuthenticationInformation, Controls.OrgAuthentication],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.3.4v1")],
        RequiredData = [Datasets.EntraAuthenticationMethodsPolicy],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.AuthenticationMethods != null;

    protected override string MissingData(EntraTenant tenant) => "the authentication methods policy was not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => !Migrated(t);

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("policyMigrationState", t.AuthenticationMethods?.PolicyMigrationState ?? "not reported"));

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Authentication methods > Policies: enable there every method the legacy MFA " +
        "(per-user MFA service settings) and SSPR policies still allow and you keep, then Manage migration = Migration Complete. " +
        "PowerShell: Update-MgPolicyAuthenticationMethodPolicy -PolicyMigrationState migrationComplete.";
}
