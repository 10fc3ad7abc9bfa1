using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>LOC-AZ-03: no "Allowed locations" Azure Policy is assigned at or above the subscription.</summary>
public sealed class AzureAllowedLocationsPolicyRule : FactRule<AzureSubscription>
{
    public const string AllowedLocationsPolicy = "e56962a6-4747-49cd-b67b-bf8b01975c4c";
    public const string AllowedResourceGroupLocationsPolicy = "e765b5de-1225-4ba3-bd56-1ac6695af988";

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AZ-03",
        Title = "No 'Allowed locations' policy assigned to the Azure subscription",
        MessageFormat = "Azure subscription {resource} has no 'Allowed locations' policy assigned: nothing stops resources being created outside {allowedCountries}.",
        PassMessageFormat = "Azure subscription {resource} has an 'Allowed locations' policy assigned.",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Warning,
        Description = "LOC-AZ-01 finds resources already outside the allowed countries; the built-in 'Allowed locations' policy " +
                      "(or 'Allowed locations for resource groups') assigned at the subscription or a management group above it " +
                      "prevents them being created at all. This rule checks that such an assignment exists, not which regions it lists.",
        RemediationSummary = "Assign the built-in 'Allowed locations' policy to the subscription (or its management group) with the regions of the allowed countries.",
        Controls = [Controls.CloudServices, Controls.CloudDataLocation, Controls.OrgDataLocation, Controls.OrgCloudServices],
        Benchmarks = [new("Azure Policy", $"Allowed locations ({AllowedLocationsPolicy})"),
                      new("Azure Policy", $"Allowed locations for resource groups ({AllowedResourceGroupLocationsPolicy})")],
        RequiredData = [Datasets.AzureSubscriptions, Datasets.AzurePolicyAssignments],
        Parameters = [SharedParameters.AllowedCountries],
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<AzureSubscription, bool>> DataPresent => s => s.AllowedLocationsPolicyAssigned != null;

    protected override string MissingData(AzureSubscription subscription) =>
        "the subscription's policy assignments were not read, so whether 'Allowed locations' is assigned is unknown";

    protected override Expression<Func<AzureSubscription, bool>> Violation => s => s.AllowedLocationsPolicyAssigned == false;

    protected override IReadOnlyDictionary<string, object?> Observed(AzureSubscription s) => Observations.Of(
        ("allowedLocationsPolicyAssigned", s.AllowedLocationsPolicyAssigned),
        ("allowedCountries", Parameters.Strings(SharedParameters.AllowedCountries).Order(StringComparer.Ordinal).ToList()));

    protected override string RemediationFor(AzureSubscription s) =>
        $"az policy assignment create --name allowed-locations --display-name \"Allowed locations\" --scope {Shell.Sh("/subscriptions/" + s.SubscriptionId)} " +
        $"--policy {AllowedLocationsPolicy} --params '{{\"listOfAllowedLocations\":{{\"value\":[<the regions of {string.Join(", ", Parameters.Strings(SharedParameters.AllowedCountries))}, " +
        "e.g. \"japaneast\",\"japanwest\" for JP>]}}}}'. Portal: Policy > Assignments > Assign policy > 'Allowed locations'. " +
        "Assign at a management group to cover every subscription under it.";
}
