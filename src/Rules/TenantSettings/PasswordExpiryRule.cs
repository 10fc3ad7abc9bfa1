using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-PWD-01: passwords of a verified, managed domain expire.</summary>
public sealed class PasswordExpiryRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PWD-01",
        Title = "User passwords expire",
        MessageFormat = "{resource}: passwords expire in {expiringDomains}.",
        PassMessageFormat = "{resource}: passwords do not expire in the verified managed domains ({neverExpiringDomains}).",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "Forced periodic changes make people choose weaker, predictable passwords (NIST SP 800-63B); with MFA in place, " +
                      "passwords should change on evidence of compromise, not on a calendar. Every verified domain with " +
                      "authenticationType Managed must have passwordValidityPeriodInDays = 2147483647 (never); a subdomain that does " +
                      "not say so itself follows its root domain, as ScubaGear reads MS.AAD.6.1v1. Federated domains take their " +
                      "password policy from the identity provider and are not judged here; a tenant with no such managed domain fails, as in ScubaGear.",
        RemediationSummary = "Microsoft 365 admin center > Settings > Org settings > Security & privacy > Password expiration policy: passwords never expire.",
        Controls = [Controls.AuthenticationInformation, Controls.SecureAuthentication, Controls.OrgAuthenticationInformation],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.6.1v1"), new("CIS M365 1.3.1", "password expiration policy set to never expire")],
        RequiredData = [Datasets.EntraDomains],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.Domains != null;

    protected override string MissingData(EntraTenant tenant) => "the tenant's domains were not reported";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => Expiring(t).Count > 0 || NeverExpiring(t).Count == 0;

    private static IEnumerable<TenantDomain> Judged(EntraTenant t) => (t.Domains ?? []).Where(d => d.IsVerified && d.IsManaged);

    private static bool NeverExpires(EntraTenant t, TenantDomain d)
    {
        if (d.PasswordValidityPeriodInDays == TenantDomain.NeverExpires)
            return true;
        if (d.IsRoot)
            return false;
        // ScubaGear: a subdomain is valid when the root domain it ends with never expires.
        var root = (t.Domains ?? []).Where(r => r.IsRoot && r.IsVerified && r.IsManaged && d.Id.EndsWith("." + r.Id, StringComparison.OrdinalIgnoreCase))
            .MaxBy(r => r.Id.Length);
        return root?.PasswordValidityPeriodInDays == TenantDomain.NeverExpires;
    }

    private static List<string> Expiring(EntraTenant t) =>
        [.. Judged(t).Where(d => !NeverExpires(t, d)).Select(d => $"{d.Id} ({d.PasswordValidityPeriodInDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not reported"} days)").Order(StringComparer.Ordinal)];

    private static List<string> NeverExpiring(EntraTenant t) => [.. Judged(t).Where(d => NeverExpires(t, d)).Select(d => d.Id).Order(StringComparer.Ordinal)];

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("expiringDomains", Expiring(t) is { Count: > 0 } e ? string.Join(", ", e) : "no verified managed domain"),
        ("neverExpiringDomains", string.Join(", ", NeverExpiring(t))),
        ("federatedDomains", (t.Domains ?? []).Where(d => d.IsVerified && !d.IsManaged).Select(d => d.Id).Order(StringComparer.Ordinal).ToList()));

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft 365 admin center > Settings > Org settings > Security & privacy > Password expiration policy: tick 'Set passwords to never expire'. " +
        "PowerShell, per domain: " + string.Join("; ", Judged(t).Where(d => !NeverExpires(t, d)).Select(d =>
            $"Update-MgDomain -DomainId {Shell.Ps(d.Id)} -PasswordValidityPeriodInDays 2147483647")) + ".";
}
