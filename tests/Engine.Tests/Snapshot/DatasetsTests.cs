using System.Reflection;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Tests.Snapshot;

public sealed class DatasetsTests
{
    [Fact]
    public void All_lists_every_dataset_constant_once()
    {
        var constants = typeof(Datasets).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetValue(null)!);

        Datasets.All.ShouldBe(constants, ignoreOrder: true);
        Datasets.All.ShouldBeUnique();
    }

    [Fact]
    public void Of_gives_a_providers_datasets()
    {
        Datasets.Of("aws").ShouldBe([Datasets.AwsCredentialReport, Datasets.AwsAccountSummary, Datasets.AwsMfaDevices, Datasets.AwsAccessKeys, Datasets.AwsPasswordPolicy,
            Datasets.AwsUserPolicies, Datasets.AwsRolesAndPolicies, Datasets.AwsS3, Datasets.AwsEc2, Datasets.AwsEbs, Datasets.AwsDynamoDb, Datasets.AwsLambda, Datasets.AwsEfs, Datasets.AwsRds,
            Datasets.AwsIdentityCenter, Datasets.AwsIdentityCenterAssignments]);
    }
}
