using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.CustomRules;

/// <summary>
/// The fact types a custom rule may name, with the datasets a rule over each usually reads — suggested when a custom
/// rule's <c>requiredData</c> is missing or does not fit; a custom rule always states its own.
/// </summary>
public static class FactTypes
{
    public static readonly IReadOnlyDictionary<string, (Type Type, IReadOnlyList<string> Datasets)> ByName =
        new Dictionary<string, (Type, IReadOnlyList<string>)>(StringComparer.Ordinal)
        {
            ["EntraUser"] = (typeof(EntraUser), [Datasets.EntraUsers]),
            ["EntraTenant"] = (typeof(EntraTenant), [Datasets.EntraOrganization]),
            ["AwsAccount"] = (typeof(AwsAccount), [Datasets.AwsAccountSummary]),
            ["AwsIamUser"] = (typeof(AwsIamUser), [Datasets.AwsCredentialReport]),
            ["AwsIamRole"] = (typeof(AwsIamRole), [Datasets.AwsRolesAndPolicies]),
            ["AwsIamPolicy"] = (typeof(AwsIamPolicy), [Datasets.AwsRolesAndPolicies]),
            ["AwsIdentityCenterUser"] = (typeof(AwsIdentityCenterUser), [Datasets.AwsIdentityCenter, Datasets.AwsIdentityCenterAssignments]),
            ["AzureSubscription"] = (typeof(AzureSubscription), [Datasets.AzureSubscriptions]),
            ["CloudResource"] = (typeof(CloudResource), [Datasets.AzureResources, Datasets.AwsS3, Datasets.AwsEc2]),
        };

    /// <summary>The providers whose sources produce facts of this type: those of its usual datasets.</summary>
    public static IReadOnlyList<string> ProvidersOf(string factType) =>
        ByName[factType].Datasets.Select(Datasets.ProviderOf).Distinct(StringComparer.Ordinal).ToList();
}
