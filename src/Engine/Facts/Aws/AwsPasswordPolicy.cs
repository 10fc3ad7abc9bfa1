namespace ComplianceEngine.Engine.Facts.Aws;

/// <summary>The IAM account password policy (GetAccountPasswordPolicy).</summary>
public sealed record AwsPasswordPolicy
{
    public int MinimumPasswordLength { get; init; }
    public bool RequireSymbols { get; init; }
    public bool RequireNumbers { get; init; }
    public bool RequireUppercaseCharacters { get; init; }
    public bool RequireLowercaseCharacters { get; init; }
    public int? PasswordReusePrevention { get; init; }
    public int? MaxPasswordAge { get; init; }
}
