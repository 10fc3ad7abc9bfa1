using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.TenantSettings;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.TenantSettings;

/// <summary>ENT-METH-01..03 (MS.AAD.3.3v2, 3.4v1, 3.5v1).</summary>
public sealed class AuthenticationMethodRulesTests
{
    [Fact]
    public void A_compliant_tenant_passes_all_three()
    {
        var snapshot = SomeSnapshot.With(CompliantTenant.Create());

        RuleVerifier.Verify(new AuthenticatorContextRule(), snapshot, Pass(Some.TenantId));
        RuleVerifier.Verify(new AuthenticationMigrationRule(), snapshot, Pass(Some.TenantId));
        RuleVerifier.Verify(new WeakAuthenticationMethodsRule(), snapshot, Pass(Some.TenantId));
    }

    public static TheoryData<string, AuthenticatorFeature?, AuthenticatorFeature?, bool?> ContextShortfalls => new()
    {
        { "app information off", new() { State = "disabled", IncludeTarget = "all_users" }, CompliantTenant.OnForAll, false },
        { "location left at Microsoft's default", CompliantTenant.OnForAll, new() { State = "default", IncludeTarget = "all_users" }, false },
        { "app information for one group only", new() { State = "enabled", IncludeTarget = "0c0a0000-0000-4000-8000-000000000001" }, CompliantTenant.OnForAll, false },
        { "feature settings not reported", null, null, false },
        { "OTP codes allowed", CompliantTenant.OnForAll, CompliantTenant.OnForAll, true },
    };

    [Theory]
    [MemberData(nameof(ContextShortfalls))]
    public void Authenticator_must_show_app_and_location_to_all_users_without_otp(string because, AuthenticatorFeature? app, AuthenticatorFeature? location, bool? otp)
    {
        var tenant = CompliantTenant.Create().WithAuthenticator(m => m with { DisplayAppInformation = app, DisplayLocationInformation = location, SoftwareOathEnabled = otp });

        var evaluation = RuleVerifier.Verify(new AuthenticatorContextRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId));

        evaluation.Findings.Single().Remediation!.ShouldContain("displayLocationInformationRequiredState", customMessage: because);
    }

    [Fact]
    public void Authenticator_disabled_is_not_applicable()
    {
        var tenant = CompliantTenant.Create().WithAuthenticator(m => m with { State = "disabled", DisplayAppInformation = null });

        RuleVerifier.Verify(new AuthenticatorContextRule(), SomeSnapshot.With(tenant), NotApplicable(Some.TenantId, "not enabled"));
    }

    [Theory]
    [InlineData("migrationComplete", true)]
    [InlineData(null, true)]
    [InlineData("migrationInProgress", false)]
    [InlineData("preMigration", false)]
    public void Migration_must_be_complete(string? state, bool passes)
    {
        var tenant = CompliantTenant.Create();
        tenant = tenant with { AuthenticationMethods = tenant.AuthenticationMethods! with { PolicyMigrationState = state } };

        RuleVerifier.Verify(new AuthenticationMigrationRule(), SomeSnapshot.With(tenant), passes ? Pass(Some.TenantId) : Fail(Some.TenantId));
    }

    [Theory]
    [InlineData("Sms")]
    [InlineData("Voice")]
    [InlineData("Email")]
    public void Sms_voice_and_email_must_be_disabled(string method)
    {
        var tenant = CompliantTenant.Create();
        tenant = tenant with
        {
            AuthenticationMethods = tenant.AuthenticationMethods! with
            {
                Methods = [.. tenant.AuthenticationMethods.Methods.Select(m => m.Id == method ? m with { State = "enabled" } : m)],
            },
        };

        var evaluation = RuleVerifier.Verify(new WeakAuthenticationMethodsRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId));

        evaluation.Findings.Single().Observed["weakMethodsEnabled"].ShouldBe(method);
        evaluation.Findings.Single().Remediation!.ShouldContain($"-AuthenticationMethodConfigurationId '{method}'");
    }

    [Fact]
    public void Weak_methods_before_the_migration_is_complete_are_not_applicable_never_a_pass()
    {
        var tenant = CompliantTenant.Create();
        tenant = tenant with { AuthenticationMethods = tenant.AuthenticationMethods! with { PolicyMigrationState = "preMigration" } };

        RuleVerifier.Verify(new WeakAuthenticationMethodsRule(), SomeSnapshot.With(tenant), NotApplicable(Some.TenantId, "migration not complete"));
    }

    [Fact]
    public void Policy_not_reported_is_an_error_for_all_three()
    {
        var snapshot = SomeSnapshot.With(CompliantTenant.Create() with { AuthenticationMethods = null });

        RuleVerifier.Verify(new AuthenticatorContextRule(), snapshot, Error(Some.TenantId, "was not reported"));
        RuleVerifier.Verify(new AuthenticationMigrationRule(), snapshot, Error(Some.TenantId, "was not reported"));
        RuleVerifier.Verify(new WeakAuthenticationMethodsRule(), snapshot, Error(Some.TenantId, "was not reported"));
    }

    [Fact]
    public void Dataset_not_collected_gives_one_error_for_the_tenant()
    {
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraAuthenticationMethodsPolicy, "403 Forbidden: Policy.Read.All");
        var snapshot = SomeSnapshot.With(sources, CompliantTenant.Create());

        RuleVerifier.Verify(new WeakAuthenticationMethodsRule(), snapshot, Error(Some.EntraSource, "403 Forbidden"));
        RuleVerifier.Verify(new AuthenticatorContextRule(), snapshot, Error(Some.EntraSource, "403 Forbidden"));
        // Another dataset's gap leaves these rules decided.
        RuleVerifier.Verify(new AuthenticationMigrationRule(),
            SomeSnapshot.With(SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraAuthorizationPolicy, "403 Forbidden"), CompliantTenant.Create()), Pass(Some.TenantId));
    }
}
