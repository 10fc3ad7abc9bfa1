using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.TenantSettings;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.TenantSettings;

/// <summary>ENT-GUEST-01/02 (MS.AAD.8.1v1, 8.2v1) and ENT-PWD-01 (MS.AAD.6.1v1).</summary>
public sealed class GuestAndPasswordRulesTests
{
    [Theory]
    [InlineData("2af84b1e-32c8-42b7-82bc-daa82404023b", true)]
    [InlineData("10dae51f-b6af-4016-8d66-8c2a99b929b3", true)]
    [InlineData("a0b1b346-4d3e-4e8b-98f8-753987be4970", false)]
    [InlineData("00000000-0000-0000-0000-000000000000", false)]
    public void Guest_access_must_be_limited_or_restricted(string roleId, bool passes)
    {
        var tenant = CompliantTenant.Create();
        tenant = tenant with { Authorization = tenant.Authorization! with { GuestUserRoleId = roleId } };

        RuleVerifier.Verify(new GuestAccessLevelRule(), SomeSnapshot.With(tenant), passes ? Pass(Some.TenantId) : Fail(Some.TenantId));
    }

    [Theory]
    [InlineData("adminsAndGuestInviters", true)]
    [InlineData("none", true)]
    [InlineData("adminsGuestInvitersAndAllMembers", false)]
    [InlineData("everyone", false)]
    public void Only_admins_and_guest_inviters_may_invite(string allowInvitesFrom, bool passes)
    {
        var tenant = CompliantTenant.Create();
        tenant = tenant with { Authorization = tenant.Authorization! with { AllowInvitesFrom = allowInvitesFrom } };

        RuleVerifier.Verify(new GuestInviteRule(), SomeSnapshot.With(tenant), passes ? Pass(Some.TenantId) : Fail(Some.TenantId));
    }

    [Fact]
    public void Guest_settings_not_reported_are_errors()
    {
        var tenant = CompliantTenant.Create();
        var snapshot = SomeSnapshot.With(tenant with { Authorization = tenant.Authorization! with { GuestUserRoleId = null, AllowInvitesFrom = null } });

        RuleVerifier.Verify(new GuestAccessLevelRule(), snapshot, Error(Some.TenantId, "was not reported"));
        RuleVerifier.Verify(new GuestInviteRule(), snapshot, Error(Some.TenantId, "was not reported"));
        RuleVerifier.Verify(new GuestInviteRule(), SomeSnapshot.With(SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraAuthorizationPolicy, "403 Forbidden"), tenant),
            Error(Some.EntraSource, "403 Forbidden"));
    }

    private static TenantDomain Domain(string id, bool root, int? days, string type = "Managed", bool verified = true) =>
        new() { Id = id, IsRoot = root, IsVerified = verified, AuthenticationType = type, PasswordValidityPeriodInDays = days };

    public static TheoryData<string, TenantDomain[], bool> Domains => new()
    {
        { "root never expires", [Domain("contoso.example", true, TenantDomain.NeverExpires)], true },
        { "root expires after 90 days", [Domain("contoso.example", true, 90)], false },
        { "subdomain follows its root", [Domain("contoso.example", true, TenantDomain.NeverExpires), Domain("eu.contoso.example", false, 90)], true },
        { "subdomain of an expiring root", [Domain("contoso.example", true, 90), Domain("eu.contoso.example", false, 90)], false },
        { "federated and unverified domains are not judged", [Domain("contoso.example", true, TenantDomain.NeverExpires), Domain("fed.example", true, 90, "Federated"), Domain("new.example", true, 90, verified: false)], true },
        { "no managed verified domain", [Domain("fed.example", true, 90, "Federated")], false },
    };

    [Theory]
    [MemberData(nameof(Domains))]
    public void Passwords_of_verified_managed_domains_must_never_expire(string because, TenantDomain[] domains, bool passes)
    {
        var tenant = CompliantTenant.Create() with { Domains = domains };

        var evaluation = RuleVerifier.Verify(new PasswordExpiryRule(), SomeSnapshot.With(tenant), passes ? Pass(Some.TenantId) : Fail(Some.TenantId));

        if (!passes)
            evaluation.Findings.Single().Message.ShouldNotBeNullOrEmpty(because);
    }

    [Fact]
    public void Domains_not_collected_are_an_error()
    {
        RuleVerifier.Verify(new PasswordExpiryRule(), SomeSnapshot.With(CompliantTenant.Create() with { Domains = null }), Error(Some.TenantId, "not reported"));
        RuleVerifier.Verify(new PasswordExpiryRule(), SomeSnapshot.With(SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraDomains, "403 Forbidden: Domain.Read.All"), CompliantTenant.Create()),
            Error(Some.EntraSource, "403 Forbidden"));
    }
}
