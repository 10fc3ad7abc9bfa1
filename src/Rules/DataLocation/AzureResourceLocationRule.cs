using ComplianceEngine.Rules.Internal;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>LOC-AZ-01: an Azure resource or resource group is in a country outside the allowed list.</summary>
public sealed class AzureResourceLocationRule : ResourceLocationRule
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AZ-01",
        Title = "Azure resource outside the allowed countries",
        MessageFormat = "{resource} is in {region} ({country}), outside the allowed countries {allowedCountries}.",
        PassMessageFormat = "{resource} is in {region} ({country}).",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Error,
        Description = "Customer data may only be stored in the countries the organisation has told its customers about " +
                      "(ISO/IEC 27017; ISMS-A-04 5.5). Each Azure resource and resource group is judged by the country of its region.",
        RemediationSummary = "Move the resource to a region in an allowed country (redeploy or use Azure Resource Mover), and assign the 'Allowed locations' policy.",
        Controls = LocationControls,
        Benchmarks = [new("Azure Policy", "Allowed locations (e56962a6-4747-49cd-b67b-bf8b01975c4c)")],
        RequiredData = [Datasets.AzureResources],
        Parameters = LocationParameters,
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override bool Covers(CloudResource resource) => resource.Provider == "azure";

    protected override string RemediationFor(CloudResource r) =>
        $"Redeploy {r.Name ?? r.Id} in a region of an allowed country (az resource move cannot change region: use Azure Resource Mover or redeploy), " +
        $"then prevent recurrence: az policy assignment create --name allowed-locations --scope {Shell.Sh("/subscriptions/" + r.Scope)} " +
        "--policy e56962a6-4747-49cd-b67b-bf8b01975c4c --params '{\"listOfAllowedLocations\":{\"value\":[\"japaneast\",\"japanwest\"]}}'";
}
