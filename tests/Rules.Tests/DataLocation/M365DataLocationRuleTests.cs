using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.DataLocation;
using static ComplianceEngine.Testing.Expected;

namespace ComplianceEngine.Rules.Tests.DataLocation;

public sealed class M365DataLocationRuleTests
{
    private static EntraTenant MultiGeo => Some.Tenant() with { MultipleDataLocationsEnabled = true };

    private static EntraUser In(string? geo) => Some.User() with { PreferredDataLocation = geo };

    [Fact]
    public void Allowed_tenant_country_and_users_in_an_allowed_geo_pass()
    {
        var evaluation = RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(MultiGeo, In("JPN"), In(null)), Pass(Some.TenantId));

        evaluation.Passes.Single().Observed["usersOutsideAllowedCount"].ShouldBe(0);
    }

    [Fact]
    public void Tenant_country_outside_the_allowed_countries_fails()
    {
        var tenant = Some.Tenant() with { CountryLetterCode = "NL" };

        var finding = RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId)).Findings.Single();

        finding.Observed["countryAllowed"].ShouldBe(false);
        finding.Remediation!.ShouldContain("Organization profile > Data location");
    }

    [Fact]
    public void Multi_geo_user_in_a_geo_outside_the_allowed_countries_fails_and_is_listed()
    {
        var user = In("GBR");

        var finding = RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(MultiGeo, user, In("JPN")), Fail(Some.TenantId)).Findings.Single();

        finding.Observed["usersOutsideAllowed"].ShouldBe(new[] { $"{user.UserPrincipalName} (GBR)" });
        finding.Observed["geosOutsideAllowed"].ShouldBe(new[] { "GBR" });
        finding.Message.ShouldContain("1 user(s)");
    }

    [Theory]
    [InlineData("EUR")]
    [InlineData("NAM")]
    [InlineData("XYZ")]
    public void Multi_country_or_unknown_geos_cannot_be_shown_to_be_allowed(string geo)
    {
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["allowedCountries"] = new List<string> { "JP", "US", "CA", "DE", "FR" } },
        };

        RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(MultiGeo, In(geo)), config, Fail(Some.TenantId));
    }

    [Fact]
    public void Allowed_countries_is_the_parameter_matched_through_the_geo_map()
    {
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["allowedCountries"] = new List<string> { "JP", "GB" } },
        };

        RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(MultiGeo, In("gbr")), config, Pass(Some.TenantId));
    }

    [Fact]
    public void Preferred_data_location_is_ignored_when_the_tenant_is_not_multi_geo()
    {
        var singleGeo = Some.Tenant() with { MultipleDataLocationsEnabled = false };

        RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(singleGeo, In("GBR")), Pass(Some.TenantId));
    }

    [Fact]
    public void Unknown_multi_geo_setting_still_checks_users()
    {
        var unknown = Some.Tenant() with { MultipleDataLocationsEnabled = null };

        RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(unknown, In("GBR")), Fail(Some.TenantId));
    }

    [Fact]
    public void Users_of_another_tenant_do_not_count()
    {
        var other = In("GBR") with { TenantId = "99999999-9999-9999-9999-999999999999" };

        RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(MultiGeo, other), Pass(Some.TenantId));
    }

    [Fact]
    public void Missing_country_is_an_error_and_organization_not_collected_one_error_for_the_tenant()
    {
        var noCountry = Some.Tenant() with { CountryLetterCode = null };
        var sources = SomeSnapshot.WithGap(Some.EntraSource, Datasets.EntraOrganization, "403 Forbidden: Organization.Read.All");

        RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(noCountry), Error(Some.TenantId, "countryLetterCode was not reported"));
        RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(sources, MultiGeo), Error(Some.EntraSource, "403 Forbidden"));
    }

    [Fact]
    public void The_fix_moves_each_listed_user_to_the_allowed_geo_by_name()
    {
        var abroad = Some.User("eu'sales@contoso.com") with { PreferredDataLocation = "GBR" };
        var home = In("JPN");

        var finding = RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(MultiGeo, abroad, home), Fail(Some.TenantId)).Findings.Single();

        finding.Command.ShouldBe("Update-MgUser -UserId 'eu''sales@contoso.com' -PreferredDataLocation 'JPN'");
        finding.Remediation!.ShouldContain("1 user(s) outside the allowed countries (JP) to JPN: Update-MgUser -UserId 'eu''sales@contoso.com'");
        finding.Remediation!.ShouldNotContain("<user id>");
    }

    [Fact]
    public void Past_the_sample_size_one_command_selects_the_users_by_their_geo_and_several_allowed_geos_are_the_admins_choice()
    {
        var config = ComplianceConfig.Default with
        {
            SharedParameterValues = new Dictionary<string, object> { ["allowedCountries"] = new List<string> { "JP", "DE" } },
        };
        var users = Enumerable.Range(0, 51).Select(i => Some.User($"u{i}@contoso.com") with { PreferredDataLocation = i % 2 == 0 ? "GBR" : "NAM" }).ToArray();

        var finding = RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(users.Prepend<ComplianceEngine.Engine.Facts.Fact>(MultiGeo).ToArray()), config, Fail(Some.TenantId)).Findings.Single();

        finding.Command.ShouldBe("Get-MgUser -All -Property Id,PreferredDataLocation | Where-Object { $_.PreferredDataLocation -in @('GBR','NAM') } | " +
                                 "ForEach-Object { Update-MgUser -UserId $_.Id -PreferredDataLocation '<one of DEU, JPN>' }");
    }

    [Fact]
    public void A_tenant_outside_by_its_own_country_has_no_command()
    {
        var tenant = Some.Tenant() with { CountryLetterCode = "NL" };

        RuleVerifier.Verify(new M365DataLocationRule(), SomeSnapshot.With(tenant), Fail(Some.TenantId)).Findings.Single().Command.ShouldBeNull();
    }
}
