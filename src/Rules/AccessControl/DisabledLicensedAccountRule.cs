using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>ENT-ID-02: a disabled account still has licences assigned.</summary>
public sealed class DisabledLicensedAccountRule : FactRule<EntraUser>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-ID-02",
        Title = "Disabled account still licensed",
        MessageFormat = "{resource} is disabled but still has {assignedLicenseCount} licence(s) assigned.",
        PassMessageFormat = "{resource} is disabled and has no licence assigned.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "When access is removed (A.5.18), the account's licences — and with them its mailbox, OneDrive and " +
                      "application access — should be removed as well, or the leaver process is incomplete (and licences are wasted).",
        RemediationSummary = "Remove the licences from the disabled account (directly or by removing it from licensing groups), then delete it after the retention period.",
        Controls = [Controls.AccessRights, Controls.IdentityManagement, Controls.OrgAccessRights],
        Benchmarks = [],
        RequiredData = [Datasets.EntraUsers],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraUser, bool>> Scope => u => u.AccountEnabled != true;

    protected override Expression<Func<EntraUser, bool>> DataPresent => u => u.AccountEnabled != null;

    protected override string MissingData(EntraUser u) => "accountEnabled was not reported for this user";

    protected override Expression<Func<EntraUser, bool>> Violation => u => u.AssignedLicenseCount > 0;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraUser u) => Observations.Of(
        ("assignedLicenseCount", u.AssignedLicenseCount),
        ("accountEnabled", u.AccountEnabled));

    protected override string? CommandFor(EntraUser u)
    {
        return $"Set-MgUserLicense -UserId {Shell.Ps(u.Id)} -AddLicenses @() -RemoveLicenses @(Get-MgUserLicenseDetail -UserId {Shell.Ps(u.Id)} | Select-Object -ExpandProperty SkuId)";
    }

    protected override string RemediationFor(EntraUser u) =>
        $"Remove the licences of {u.UserPrincipalName}: Set-MgUserLicense -UserId {Shell.Ps(u.Id)} -AddLicenses @() " +
        $"-RemoveLicenses @(Get-MgUserLicenseDetail -UserId {Shell.Ps(u.Id)} | Select-Object -ExpandProperty SkuId). " +
        "Licences inherited from a group cannot be removed per user: remove the user from the licensing group. " +
        "Portal: Microsoft 365 admin center > Users > Active users > the user > Licenses and apps.";
}
