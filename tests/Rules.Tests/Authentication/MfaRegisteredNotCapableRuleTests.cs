using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.Authentication;

public sealed class MfaRegisteredNotCapableRuleTests
{
    private static readonly MfaRegistration RegisteredNotCapable =
        new() { IsMfaRegistered = true, IsMfaCapable = false, MethodsRegistered = ["mobilePhone"] };

    [Fact]
    public void Capable_user_passes_and_registered_but_not_capable_fails()
    {
        var capable = Some.User();
        var stuck = Some.User() with { Mfa = RegisteredNotCapable };

        var finding = RuleVerifier.Verify(new MfaRegisteredNotCapableRule(), SomeSnapshot.With(capable, stuck), Pass(capable.Id), Fail(stuck.Id)).Findings.Single();

        finding.Observed["isMfaCapable"].ShouldBe(false);
        finding.Remediation!.ShouldContain($"-UserId '{stuck.Id}'");
    }

    [Fact]
    public void Unregistered_users_guests_disabled_and_excluded_accounts_are_out_of_scope()
    {
        var unregistered = Some.User() with { Mfa = Some.NoMfa };
        var guest = Some.User() with { UserType = "Guest", Mfa = RegisteredNotCapable };
        var disabled = Some.User() with { AccountEnabled = false, Mfa = RegisteredNotCapable };
        var service = Some.User("svc@contoso.example") with { Mfa = RegisteredNotCapable };
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["serviceAccounts"] = new List<string> { "svc@contoso.example" } },
        };

        RuleVerifier.Verify(new MfaRegisteredNotCapableRule(), SomeSnapshot.With(unregistered, guest, disabled, service), config,
            RuleNotApplicable("no resource is in scope (4 out of scope)"));
    }

    [Fact]
    public void User_missing_from_the_report_is_an_error_and_a_missing_report_one_error_for_the_tenant()
    {
        var unknown = Some.User() with { Mfa = null };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraMfaRegistration, "403 Forbidden: AuditLog.Read.All");

        RuleVerifier.Verify(new MfaRegisteredNotCapableRule(), SomeSnapshot.With(unknown), Error(unknown.Id, "missing from the MFA registration report"));
        RuleVerifier.Verify(new MfaRegisteredNotCapableRule(), SomeSnapshot.With(sources, unknown), Error(Some.EntraSource, "403 Forbidden"));
    }
}
