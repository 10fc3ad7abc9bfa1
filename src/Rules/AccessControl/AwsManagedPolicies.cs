namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS managed policies the access-control rules look for, in every partition (aws, aws-cn, aws-us-gov).</summary>
internal static class AwsManagedPolicies
{
    public const string AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess";

    public static bool IsAdministratorAccess(string arn) =>
        arn.StartsWith("arn:aws", StringComparison.Ordinal)
        && arn.EndsWith(":iam::aws:policy/AdministratorAccess", StringComparison.Ordinal);
}
