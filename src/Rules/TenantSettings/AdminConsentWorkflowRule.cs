using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-APP-03: the admin consent workflow is off or has no reviewers.</summary>
public sealed class AdminConsentWorkflowRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-APP-03",
        Title = "Admin consent workflow not configured",
        MessageFormat = "{resource}: the admin consent workflow is {workflow}.",
        PassMessageFormat = "{resource}: the admin consent workflow is on with {reviewerCount} reviewer queries.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "With user consent off (ENT-APP-02), users need a way to ask for an application; otherwise they work around the " +
                      "control. /policies/adminConsentRequestPolicy must have isEnabled = true and at least one reviewer (user, group " +
                      "or role), so that requests reach someone who decides them.",
        RemediationSummary = "Enterprise applications > Admin consent settings: Users can request admin consent = Yes, with reviewers.",
        Controls = [Controls.AccessControl, Controls.CloudServices, Controls.OrgAccessControl, Controls.OrgCloudServices],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.5.3v1"), new("CIS M365 5.1.5.2", "admin consent workflow enabled")],
        RequiredData = [Datasets.EntraAdminConsentPolicy],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.AdminConsent != null;

    protected override string MissingData(EntraTenant tenant) => "the admin consent request policy was not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => !t.AdminConsent!.IsEnabled || t.AdminConsent.ReviewerCount == 0;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t) => Observations.Of(
        ("workflow", t.AdminConsent is null ? "not reported" : !t.AdminConsent.IsEnabled ? "off" : t.AdminConsent.ReviewerCount == 0 ? "on without reviewers" : "on"),
        ("isEnabled", t.AdminConsent?.IsEnabled),
        ("reviewerCount", t.AdminConsent?.ReviewerCount));

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Identity > Applications > Enterprise applications > Consent and permissions > Admin consent settings: " +
        "Users can request admin consent to apps they are unable to consent to = Yes; select reviewers (a group or role such as Cloud Application " +
        "Administrator); notify reviewers. PowerShell: Update-MgPolicyAdminConsentRequestPolicy -IsEnabled:$true -NotifyReviewers:$true " +
        "-Reviewers @(@{ query = '/v1.0/groups/<reviewer group id>/transitiveMembers/microsoft.graph.user'; queryType = 'MicrosoftGraph' }).";
}
