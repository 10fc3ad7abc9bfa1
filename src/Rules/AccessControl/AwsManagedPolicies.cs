namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS managed policies the access-control rules look for, in every partition (aws, aws-cn, aws-us-gov).</summary>
internal static class AwsManagedPolicies
{
    public const string AdministratorAccess = "arn:aws:iam::aws:policy/AdministratorAccess";

    public static bool IsAdministratorAccess(string arn) =>
        arn.StartsWith("arn:aws", StringComparison.Ordinal)
        && arn.EndsWith(":iam::aws:policy/AdministratorAccess", StringComparison.Ordinal);

    /// <summary>AdministratorAccess among the ARNs, with the policies the collector read as administrator-equivalent.</summary>
    public static List<string> Administrator(IReadOnlyList<string>? arns, IReadOnlyList<string>? equivalent) =>
        [.. (arns ?? []).Where(IsAdministratorAccess).Concat(equivalent ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
