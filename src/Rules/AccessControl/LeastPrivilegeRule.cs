using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>
/// ENT-PRIV-10: more people hold Global Administrator than hold the other highly privileged roles without it —
/// ScubaGear's least-privilege score for MS.AAD.7.2v1. An NRules <c>Collect</c> over the enabled users holding any
/// highly privileged role, per tenant.
/// </summary>
public sealed class LeastPrivilegeRule : AggregateRule<EntraTenant>, IReadsFactTypes
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-10",
        Title = "Global Administrator used where a finer-grained role would do",
        MessageFormat = "{resource}: {globalAdminCount} of {privilegedCount} privileged people hold Global Administrator; only {otherPrivilegedCount} hold finer-grained roles without it.",
        PassMessageFormat = "{resource}: {globalAdminCount} of {privilegedCount} privileged people hold Global Administrator; {otherPrivilegedCount} work with finer-grained roles.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "Administration should be done with the narrowest role that suffices (Exchange, User, Security Administrator, …), " +
                      "keeping Global Administrator for the few who need it. Among the enabled people holding a highly privileged role " +
                      "(active or eligible, directly or through a group), those holding Global Administrator must not outnumber those " +
                      "who hold such roles without it — ScubaGear's least-privilege score for MS.AAD.7.2v1 (ratio at most 1). The count " +
                      "range of MS.AAD.7.1v1, which ScubaGear also folds in, is ENT-PRIV-01.",
        RemediationSummary = "Give administrators the least-privileged role for their task and remove Global Administrator from those who do not need it.",
        Controls = [Controls.PrivilegedAccess, Controls.AccessRights, Controls.OrgAccess, Controls.OrgAccessRights],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.7.2v1")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraDirectoryRoles, Datasets.EntraPim],
        Since = "0.4.0",
    };

    private static readonly HashSet<string> Privileged = new(EntraRoleIds.HighlyPrivileged, StringComparer.OrdinalIgnoreCase);

    public override RuleDescriptor Descriptor => Rule;

    public IReadOnlyList<Type> FactTypes { get; } = [typeof(EntraTenant), typeof(EntraUser)];

    public override void Define()
    {
        EntraTenant tenant = null!;
        IEnumerable<EntraUser> holders = null!;
        IDecisionSink sink = null!;

        Name(Rule.Id);
        Dependency().Resolve(() => sink);
        When()
            .Match(() => tenant)
            .Query(() => holders, q => q
                .Match<EntraUser>(u => u.AccountEnabled == true, u => u.HoldsAnyRole(Privileged), u => u.TenantId == tenant.TenantId)
                .Collect());
        Then().Do(_ => Decide(sink, tenant, holders));
    }

    private void Decide(IDecisionSink sink, EntraTenant tenant, IEnumerable<EntraUser> holders)
    {
        var all = holders.ToList();
        var globalAdmins = all.Where(u => u.HoldsRole(EntraRoleIds.GlobalAdministrator)).Select(u => u.UserPrincipalName).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var others = all.Count - globalAdmins.Count;
        var observed = Observations.Of(("globalAdminCount", globalAdmins.Count), ("otherPrivilegedCount", others),
            ("privilegedCount", all.Count), ("globalAdmins", globalAdmins));
        if (globalAdmins.Count > others)
            sink.Violation(this, tenant, observed);
        else
            sink.Satisfied(this, tenant, observed);
    }

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Roles & admins > Global Administrator > Assignments: for each holder, find the tasks they do and " +
        "assign the narrower role (Exchange, SharePoint, User, Security, Privileged Role Administrator, …) instead, then remove Global " +
        "Administrator. Keep two break-glass accounts and the few people who must administer everything.";
}
