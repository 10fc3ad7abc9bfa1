using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>
/// LOC-AZ-02: an Azure resource has no single region (<c>global</c> or no location), so LOC-AZ-01 cannot say which
/// country its data is in. Each one is a note-severity failure that asks for a manual review; the review's result is
/// recorded as a waiver. Never a silent pass.
/// </summary>
public sealed class AzureGlobalResourceRule : FactRule<CloudResource>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AZ-02",
        Title = "Global or location-less Azure resource needs a manual location review",
        MessageFormat = "{resource} ({kind}) has location '{location}': no single country, so where its data is stored must be reviewed manually.",
        PassMessageFormat = "{resource} has a region.",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Note,
        Description = "Global services (DNS zones, Front Door, Traffic Manager, some identity and monitoring resources) report the " +
                      "location 'global' or none. Their data may be processed or stored in any country, so LOC-AZ-01 cannot decide " +
                      "them; each is listed for a person to check the service's data-residency terms against the allowed countries.",
        RemediationSummary = "Check where the service stores its data; record the conclusion as a waiver (justification, approver, expiry), or replace it with a regional service.",
        Controls = [Controls.CloudServices, Controls.CloudDataLocation, Controls.OrgDataLocation],
        Benchmarks = [new("Azure Policy", "Allowed locations (e56962a6-4747-49cd-b67b-bf8b01975c4c) exempts 'global'")],
        RequiredData = [Datasets.AzureResources],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<CloudResource, bool>> Scope => r => r.Provider == "azure" && r.IsGlobal;

    protected override Expression<Func<CloudResource, bool>> Violation => _ => true;

    protected override IReadOnlyDictionary<string, object?> Observed(CloudResource r) => Observations.Of(
        ("kind", r.Kind),
        ("location", string.IsNullOrEmpty(r.Region) ? "none" : r.Region));

    protected override string? CommandFor(CloudResource r)
    {
        return $"az resource show --ids {Shell.Sh(r.Id)} --query \"{{type:type, location:location}}\"";
    }

    protected override string RemediationFor(CloudResource r) =>
        $"Look up where {r.Kind} stores and processes data (Microsoft's 'Data residency in Azure' page and the service's own documentation), " +
        $"check the resource: az resource show --ids {Shell.Sh(r.Id)} --query \"{{type:type, location:location}}\". If its data stays in an allowed country " +
        $"or it holds no customer data, record a waiver for LOC-AZ-02 on {r.Resource.Key} with that justification, an approver and an expiry " +
        "(e.g. one year); otherwise replace it with a regional service in an allowed country.";
}
