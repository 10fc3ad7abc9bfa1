using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class AwsPasswordPolicyRuleTests
{
    private static readonly AwsPasswordPolicy Strong = new()
    {
        MinimumPasswordLength = 14,
        PasswordReusePrevention = 24,
        RequireSymbols = true,
        RequireNumbers = true,
        RequireUppercaseCharacters = true,
        RequireLowercaseCharacters = true,
    };

    private static ComplianceConfig With(string name, object value) => ComplianceConfig.Default with
    {
        RuleParameterValues = new Dictionary<string, IReadOnlyDictionary<string, object>>
        {
            ["AWS-IAM-06"] = new Dictionary<string, object> { [name] = value },
        },
    };

    private static void Verify(AwsPasswordPolicy? policy, bool passes, ComplianceConfig? config = null) =>
        RuleVerifier.Verify(new AwsPasswordPolicyRule(), SomeSnapshot.With(Some.AwsAccount() with { PasswordPolicy = policy }),
            config ?? ComplianceConfig.Default, passes ? Pass(Some.AccountId) : Fail(Some.AccountId));

    [Fact]
    public void Policy_meeting_every_minimum_passes()
    {
        Verify(Strong, passes: true);
    }

    [Fact]
    public void Missing_policy_fails_with_the_fix()
    {
        var finding = RuleVerifier.Verify(new AwsPasswordPolicyRule(), SomeSnapshot.With(Some.AwsAccount() with { PasswordPolicy = null }),
            Fail(Some.AccountId)).Findings.Single();

        finding.Message.ShouldBe("AWS account contoso-prod has a weak or missing IAM password policy: no password policy (IAM defaults apply: 8 characters, no reuse prevention).");
        finding.Remediation!.ShouldContain("aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-symbols");
    }

    [Theory]
    [InlineData(14, true)]
    [InlineData(13, false)]
    public void Minimum_length_edge(int length, bool passes) => Verify(Strong with { MinimumPasswordLength = length }, passes);

    [Theory]
    [InlineData(24, true)]
    [InlineData(23, false)]
    [InlineData(null, false)]
    public void Reuse_prevention_edge(int? remembered, bool passes) => Verify(Strong with { PasswordReusePrevention = remembered }, passes);

    [Fact]
    public void Each_missing_character_class_is_named()
    {
        var weak = Strong with { RequireSymbols = false, RequireUppercaseCharacters = false };

        var finding = RuleVerifier.Verify(new AwsPasswordPolicyRule(), SomeSnapshot.With(Some.AwsAccount() with { PasswordPolicy = weak }),
            Fail(Some.AccountId)).Findings.Single();

        finding.Observed["weaknesses"].ShouldBe(new List<string> { "symbols not required", "upper-case letters not required" });
    }

    [Fact]
    public void Character_class_checks_can_be_turned_off()
    {
        Verify(Strong with { RequireSymbols = false }, passes: true, With("requireSymbols", false));
        Verify(Strong with { RequireNumbers = false }, passes: true, With("requireNumbers", false));
        Verify(Strong with { RequireUppercaseCharacters = false }, passes: true, With("requireUppercase", false));
        Verify(Strong with { RequireLowercaseCharacters = false }, passes: true, With("requireLowercase", false));
    }

    [Fact]
    public void Length_and_reuse_minimums_are_configurable()
    {
        Verify(Strong with { MinimumPasswordLength = 12 }, passes: true, With("minPasswordLength", 12));
        Verify(Strong with { PasswordReusePrevention = null }, passes: true, With("passwordReusePrevention", 0));
    }

    [Theory]
    [InlineData(90, true)]
    [InlineData(91, false)]
    [InlineData(null, false)]
    public void Expiry_is_only_checked_when_maxPasswordAgeDays_is_set(int? maxAge, bool passes)
    {
        Verify(Strong with { MaxPasswordAge = maxAge }, passes: true);
        Verify(Strong with { MaxPasswordAge = maxAge }, passes, With("maxPasswordAgeDays", 90));
    }

    [Fact]
    public void Parameters_are_read_from_rules_json()
    {
        var json = """{ "rules": { "AWS-IAM-06": { "parameters": { "minPasswordLength": 12, "requireSymbols": false, "maxPasswordAgeDays": 90 } } } }""";
        var config = ConfigLoader.Parse(System.Text.Encoding.UTF8.GetBytes(json), "rules.json", BuiltInRules.Descriptors);

        Verify(Strong with { MinimumPasswordLength = 12, RequireSymbols = false, MaxPasswordAge = 90 }, passes: true, config);
        Verify(Strong with { MinimumPasswordLength = 12, RequireSymbols = false }, passes: false, config);
    }

    [Fact]
    public void Password_policy_not_collected_is_an_error_not_a_missing_policy()
    {
        var sources = SomeSnapshot.WithGap(Some.AwsSource, Datasets.AwsPasswordPolicy, "AccessDenied: iam:GetAccountPasswordPolicy");

        RuleVerifier.Verify(new AwsPasswordPolicyRule(), SomeSnapshot.With(sources, Some.AwsAccount() with { PasswordPolicy = null }),
            Error(Some.AwsSource, "AccessDenied"));
    }
}
