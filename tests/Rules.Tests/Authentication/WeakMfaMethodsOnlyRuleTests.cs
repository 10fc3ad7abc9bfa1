using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class WeakMfaMethodsOnlyRuleTests
{
    private static EntraUser WithMethods(params string[] methods) =>
        Some.User() with { Mfa = new MfaRegistration { IsMfaRegistered = true, IsMfaCapable = true, MethodsRegistered = methods } };

    [Theory]
    [InlineData("mobilePhone")]
    [InlineData("alternateMobilePhone")]
    [InlineData("officePhone")]
    [InlineData("email")]
    public void Only_phone_or_email_codes_fail(string weak)
    {
        var user = WithMethods(weak);

        var finding = RuleVerifier.Verify(new WeakMfaMethodsOnlyRule(), SomeSnapshot.With(user), Fail(user.Id)).Findings.Single();

        finding.Observed["weakMethods"].ShouldBe(new[] { weak });
    }

    [Theory]
    [InlineData("microsoftAuthenticatorPush")]
    [InlineData("softwareOneTimePasscode")]
    [InlineData("fido2SecurityKey")]
    [InlineData("passKeyDeviceBoundAuthenticator")]
    [InlineData("macOsSecureEnclaveKey")]
    public void One_strong_method_next_to_a_weak_one_passes(string strong)
    {
        var user = WithMethods("mobilePhone", strong);

        RuleVerifier.Verify(new WeakMfaMethodsOnlyRule(), SomeSnapshot.With(user), Pass(user.Id));
    }

    [Fact]
    public void Methods_that_are_neither_weak_nor_strong_do_not_fail()
    {
        var user = WithMethods("temporaryAccessPass");

        RuleVerifier.Verify(new WeakMfaMethodsOnlyRule(), SomeSnapshot.With(user), Pass(user.Id));
    }

    [Fact]
    public void Users_with_no_method_guests_and_break_glass_are_out_of_scope()
    {
        var none = Some.User() with { Mfa = Some.NoMfa };
        var guest = WithMethods("mobilePhone") with { UserType = "Guest" };
        var breakGlass = WithMethods("mobilePhone");
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["breakGlassAccounts"] = new List<string> { breakGlass.Id } },
        };

        RuleVerifier.Verify(new WeakMfaMethodsOnlyRule(), SomeSnapshot.With(none, guest, breakGlass), config, RuleNotApplicable("no resource is in scope (3 out of scope)"));
    }

    [Fact]
    public void Missing_registration_data_is_an_error()
    {
        var unknown = Some.User() with { Mfa = null };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraMfaRegistration, "licence required");

        RuleVerifier.Verify(new WeakMfaMethodsOnlyRule(), SomeSnapshot.With(unknown), Error(unknown.Id, "registration report"));
        RuleVerifier.Verify(new WeakMfaMethodsOnlyRule(), SomeSnapshot.With(sources, WithMethods("mobilePhone")), Error(Some.EntraSource, "licence required"));
    }
}
