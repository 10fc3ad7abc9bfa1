using System.Text;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Tests.Configuration;

/// <summary>#13.3 and #13.11: what validate must refuse before a scan can trip over it.</summary>
public sealed class HardenedValidationTests
{
    private static readonly RuleDescriptor[] Known = [CountryRule.Rule];

    private static ComplianceConfig Parse(string json) => ConfigLoader.Parse(Encoding.UTF8.GetBytes(json), "rules.json", Known);

    private static InputException Invalid(string json) => Should.Throw<InputException>(() => Parse(json));

    private static string Waiver(string extra) =>
        $$"""{ "waivers": [ { "rule": "TST-LOC-01", "resource": "r", "justification": "j", "owner": "o", "approver": "a", {{extra}} } ] }""";

    [Fact]
    public void A_waiver_reads_its_scope()
    {
        Parse(Waiver("""  "scope": "123456789012", "expires": "2027-01-01" """)).Waivers.Single().Scope.ShouldBe("123456789012");
    }

    [Theory]
    [InlineData(""" "scope": "", "expires": "2027-01-01" """, "$.waivers[0].scope", "expected a non-empty string")]
    [InlineData(""" "approved": "2027-02-01", "expires": "2027-01-01" """, "$.waivers[0].approved", "is after expires")]
    [InlineData(""" "approved": "2026-01-01", "expires": "2027-01-02" """, "$.waivers[0].expires", "the maximum is 365")]
    [InlineData(""" "expires": "2199-01-01" """, "$.waivers[0].expires", "from today")]
    public void A_waiver_that_is_empty_scoped_backdated_or_too_long_is_refused(string fields, string path, string problem)
    {
        var error = Invalid(Waiver(fields)).Errors.Single();

        error.JsonPath.ShouldBe(path);
        error.Problem.ShouldContain(problem);
    }

    [Fact]
    public void The_longest_waiver_is_configurable()
    {
        var json = Waiver(""" "approved": "2026-01-01", "expires": "2027-06-30" """).TrimEnd('}', ' ') + """, "output": { "maxWaiverDays": 730 } }""";

        Parse(json).Waivers.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("\"jp\"")]
    [InlineData("\"JPN\"")]
    [InlineData("\"XX\"")]
    [InlineData("\"Japan\"")]
    [InlineData("\"\"")]
    public void Allowed_countries_must_be_iso_3166_alpha_2(string country)
    {
        var error = Invalid($$"""{ "parameters": { "allowedCountries": ["JP", {{country}}] } }""").Errors.Single();

        error.JsonPath.ShouldBe("$.parameters.allowedCountries[1]");
        error.Problem.ShouldContain("ISO 3166-1 alpha-2");
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("100001")]
    [InlineData("1e300")]
    [InlineData("99999999999999999999")]
    public void An_integer_parameter_beyond_its_bound_is_refused_at_validate(string value)
    {
        var error = Invalid($$"""{ "rules": { "TST-LOC-01": { "parameters": { "threshold": {{value}} } } } }""").Errors.Single();

        error.Problem.ShouldStartWith("expected a whole number");
    }
}
