using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class PrivilegedUserWithoutPhishingResistantMfaRuleTests
{
    private static EntraUser Admin(params string[] methods) => Some.User() with
    {
        Roles = [Some.Role(EntraRoleIds.GlobalAdministrator, "eligible")],
        Mfa = new MfaRegistration { IsMfaRegistered = methods.Length > 0, IsMfaCapable = methods.Length > 0, MethodsRegistered = methods },
    };

    [Theory]
    [InlineData("fido2SecurityKey")]
    [InlineData("windowsHelloForBusiness")]
    [InlineData("passKeyDeviceBound")]
    [InlineData("passKeyDeviceBoundAuthenticator")]
    [InlineData("passKeyDeviceBoundWindowsHello")]
    public void Each_phishing_resistant_method_passes(string method)
    {
        var admin = Admin("microsoftAuthenticatorPush", method);

        var evaluation = RuleVerifier.Verify(new PrivilegedUserWithoutPhishingResistantMfaRule(), SomeSnapshot.With(admin), Pass(admin.Id));

        evaluation.Passes.Single().Observed["phishingResistantMethods"].ShouldBe(new[] { method });
    }

    [Theory]
    [InlineData("microsoftAuthenticatorPush", "softwareOneTimePasscode")]
    [InlineData("passKeySynced")]
    [InlineData]
    public void Push_codes_synced_passkeys_or_nothing_fail(params string[] methods)
    {
        var admin = Admin(methods);

        var finding = RuleVerifier.Verify(new PrivilegedUserWithoutPhishingResistantMfaRule(), SomeSnapshot.With(admin), Fail(admin.Id)).Findings.Single();

        finding.Observed["privilegedRoles"].ShouldBe(new[] { "Global Administrator" });
        finding.Remediation!.ShouldContain($"-UserId '{admin.Id}'");
    }

    [Fact]
    public void Non_privileged_and_disabled_users_are_out_of_scope()
    {
        var user = Some.User();
        var disabled = Admin() with { AccountEnabled = false };

        RuleVerifier.Verify(new PrivilegedUserWithoutPhishingResistantMfaRule(), SomeSnapshot.With(user, disabled), RuleNotApplicable("no resource is in scope (2 out of scope)"));
    }

    [Fact]
    public void Missing_registration_data_is_an_error()
    {
        var unknown = Admin() with { Mfa = null };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraDirectoryRoles, "503");

        RuleVerifier.Verify(new PrivilegedUserWithoutPhishingResistantMfaRule(), SomeSnapshot.With(unknown), Error(unknown.Id, "registration report"));
        RuleVerifier.Verify(new PrivilegedUserWithoutPhishingResistantMfaRule(), SomeSnapshot.With(sources, Admin()), Error(Some.EntraSource, "503"));
    }

    [Fact]
    public void Privileged_role_set_is_a_parameter()
    {
        var helpdesk = Some.User() with { Roles = [Some.Role("729827e3-9c14-49f7-bb1b-9608f156bbb8")] };
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["privilegedRoles"] = new List<string> { "729827e3-9c14-49f7-bb1b-9608f156bbb8" } },
        };

        RuleVerifier.Verify(new PrivilegedUserWithoutPhishingResistantMfaRule(), SomeSnapshot.With(helpdesk), config, Fail(helpdesk.Id));
    }
}
