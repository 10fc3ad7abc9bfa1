using System.Collections.Frozen;
using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>
/// ENT-PRIV-09: a service principal or managed identity holds a highly privileged directory role. Its credentials
/// (secrets, certificates, federated tokens) sign in without MFA or conditional access for users, so a leaked secret
/// is a tenant takeover. Not counted as a person by ENT-PRIV-01; reported here, one result per tenant.
/// </summary>
public sealed class PrivilegedServicePrincipalRule : FactRule<EntraTenant>
{
    public static readonly ParameterDescriptor AllowedServicePrincipals = ParameterDescriptor.StringList("allowedPrivilegedServicePrincipals", [],
        "Service principals (object id or application id) the organisation has approved to hold highly privileged roles, e.g. its identity-governance engine.");

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-PRIV-09",
        Since = "0.4.1",
        Title = "Service principal holds a highly privileged directory role",
        MessageFormat = "{resource}: {servicePrincipalCount} service principal(s) or managed identities hold highly privileged roles: {servicePrincipals}.",
        PassMessageFormat = "{resource}: no unapproved service principal or managed identity holds a highly privileged role.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Error,
        Description = "An application or managed identity with Global Administrator, Privileged Role Administrator or another highly " +
                      "privileged role (privilegedRoles) signs in with a secret, certificate or token that no MFA or user conditional-access " +
                      "policy protects: whoever obtains it controls the tenant. Such assignments must be removed in favour of narrowly " +
                      "scoped Graph application permissions, or listed in allowedPrivilegedServicePrincipals after review. Service " +
                      "principals are not people: they are not counted by ENT-PRIV-01.",
        RemediationSummary = "Remove the directory role from the service principal and grant only the Graph application permissions it needs; or record the approval in allowedPrivilegedServicePrincipals.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.OrgAccess],
        Benchmarks = [new("Microsoft Entra recommendations", "Remove unused/over-privileged applications (closest; no ScubaGear policy)")],
        RequiredData = [Datasets.EntraDirectoryRoles],
        Parameters = [SharedParameters.PrivilegedRoles, AllowedServicePrincipals],
    };

    private FrozenSet<string> _privileged = FrozenSet<string>.Empty;
    private FrozenSet<string> _allowed = FrozenSet<string>.Empty;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _privileged = parameters.Set(SharedParameters.PrivilegedRoles);
        _allowed = parameters.Set(AllowedServicePrincipals);
    }

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.ServicePrincipalRoles != null;

    protected override string MissingData(EntraTenant tenant) => "the service principals holding directory roles were not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => Offending(t).Any();

    private IEnumerable<ServicePrincipalRoleHolder> Offending(EntraTenant t) =>
        (t.ServicePrincipalRoles ?? []).Where(s => s.RoleTemplateIds.Any(_privileged.Contains)
                                                   && !_allowed.Contains(s.Id) && !(s.AppId is { } app && _allowed.Contains(app)));

    private string Describe(ServicePrincipalRoleHolder s) =>
        $"{s.DisplayName ?? s.Id} ({s.ServicePrincipalType ?? "service principal"} {s.Id}: {string.Join(", ", RoleNames.Of(s.RoleTemplateIds.Where(_privileged.Contains)))})";

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("servicePrincipalCount", Offending(t).Count()),
        ("servicePrincipals", string.Join("; ", Offending(t).Select(Describe))),
        ("servicePrincipalIds", Offending(t).Select(s => s.Id).ToList()));

    protected override string RemediationFor(EntraTenant t) =>
        "For each service principal: Microsoft Entra admin center > Roles & admins > the role > Assignments > remove the service principal, then grant only the " +
        "Microsoft Graph application permissions it needs (Enterprise applications > the app > Permissions). PowerShell: " +
        string.Join(" ", Offending(t).Select(s =>
            $"Get-MgRoleManagementDirectoryRoleAssignment -Filter {Shell.PsFilter(("principalId", s.Id))} | ForEach-Object {{ Remove-MgRoleManagementDirectoryRoleAssignment -UnifiedRoleAssignmentId $_.Id }};")) +
        " If the assignment is approved, add the object id to allowedPrivilegedServicePrincipals with the review in the change record.";
}
