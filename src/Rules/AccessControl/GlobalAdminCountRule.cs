using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>
/// ENT-PRIV-01: the number of people holding Global Administrator (active, eligible or through a group, each
/// person once, enabled accounts only) is outside the allowed range. An NRules <c>Collect</c> over the users
/// that hold the role, per tenant.
/// </summary>
public sealed class GlobalAdminCountRule : AggregateRule<EntraTenant>, IReadsFactTypes
{
    public static readonly ParameterDescriptor MinGlobalAdmins = ParameterDescriptor.Integer("minGlobalAdmins", 2,
        "Fewest Global Administrators allowed (at least two, so that one lost account does not lock the tenant).", min: 1);

    public static readonly ParameterDescriptor MaxGlobalAdmins = ParameterDescriptor.Integer("maxGlobalAdmins", 4,
        "Most Global Administrators allowed.", min: 1);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-01",
        Title = "Global Administrator count outside the allowed range",
        MessageFormat = "{resource} has {globalAdminCount} Global Administrators; allowed {minGlobalAdmins}–{maxGlobalAdmins}.",
        PartialFailMessageFormat = "{resource} has at least {globalAdminCount} Global Administrators; allowed {minGlobalAdmins}–{maxGlobalAdmins}.",
        PassMessageFormat = "{resource} has {globalAdminCount} Global Administrators, within {minGlobalAdmins}–{maxGlobalAdmins}.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "Global Administrator is the most powerful role: too many holders widen the attack surface, fewer than " +
                      "two risks losing control of the tenant. Every enabled person holding the role counts once, whether " +
                      "active or eligible, directly or through a role-assignable group.",
        RemediationSummary = "Move people to least-privileged roles until the count is within range; keep at least two, including a cloud-only break-glass account.",
        Controls = [Controls.PrivilegedAccess, Controls.AccessRights, Controls.OrgAccess],
        Benchmarks = [new("CIS M365 1.1.3", "between two and four global admins"), new("CISA ScubaGear", "MS.AAD.7.1v1")],
        RequiredData = [Datasets.EntraUsers, Datasets.EntraDirectoryRoles, Datasets.EntraPim],
        Parameters = [MinGlobalAdmins, MaxGlobalAdmins],
    };

    public override RuleDescriptor Descriptor => Rule;

    public IReadOnlyList<Type> FactTypes { get; } = [typeof(EntraTenant), typeof(EntraUser)];

    public override void Define()
    {
        EntraTenant tenant = null!;
        IEnumerable<EntraUser> admins = null!;
        IDecisionSink sink = null!;

        Name(Rule.Id);
        Dependency().Resolve(() => sink);
        When()
            .Match(() => tenant)
            .Query(() => admins, q => q
                .Match<EntraUser>(u => u.AccountEnabled == true, u => u.HoldsRole(EntraRoleIds.GlobalAdministrator), u => u.TenantId == tenant.TenantId)
                .Collect());
        Then().Do(_ => Decide(sink, tenant, admins));
    }

    private void Decide(IDecisionSink sink, EntraTenant tenant, IEnumerable<EntraUser> admins)
    {
        var names = admins.Select(a => a.UserPrincipalName).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var (min, max) = (Parameters.Int(MinGlobalAdmins), Parameters.Int(MaxGlobalAdmins));
        var observed = Observations.Of(("globalAdminCount", names.Count), ("globalAdmins", names),
            ("minGlobalAdmins", min), ("maxGlobalAdmins", max));
        if (names.Count < min || names.Count > max)
            sink.Violation(this, tenant, observed);
        else
            sink.Satisfied(this, tenant, observed);
    }

    // Missing data can only hide holders: a count above the maximum is a certain failure ("at least N"); below the
    // minimum or within range it is unknown.
    protected override bool FailStandsWithout(EntraTenant tenant, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) =>
        observed is not null && observed["globalAdminCount"] is int count && observed["maxGlobalAdmins"] is int max && count > max;

    protected override string? CommandFor(EntraTenant t)
    {
        return "Get-MgRoleManagementDirectoryRoleAssignment -Filter \"roleDefinitionId eq '62e90394-69f5-4237-9190-012177145e10'\" -ExpandProperty Principal";
    }

    protected override string RemediationFor(EntraTenant t) =>
        "Review holders: Microsoft Entra admin center > Roles & admins > Global Administrator > Assignments (active and eligible). " +
        "List them with: Get-MgRoleManagementDirectoryRoleAssignment -Filter \"roleDefinitionId eq '62e90394-69f5-4237-9190-012177145e10'\" -ExpandProperty Principal. " +
        "Reassign people to least-privileged roles (e.g. User Administrator) until the count is within range.";
}
