using System.Text;
using ComplianceEngine.Engine.Configuration;

namespace ComplianceEngine.Engine.Tests.Configuration;

public sealed class IdentityLinkSettingsTests
{
    private static ComplianceConfig Parse(string json, string file) =>
        ConfigLoader.Parse(Encoding.UTF8.GetBytes(json), file, [CountryRule.Rule]);

    [Fact]
    public void Tag_keys_default_to_email_owner_upn_and_the_mapping_file_is_read_relative_to_rules_json()
    {
        var dir = Directory.CreateTempSubdirectory("identity-links-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "links.csv"), "awsAccountId,iamUserName,entraUser\n# the deploy user\n123456789012,deploy,alice@contoso.example\n,shared-admin,bob@contoso.example\n");

            var links = Parse("""{ "identityLinks": { "mappingFile": "links.csv", "awsNamingConvention": "adm-{alias}" } }""", Path.Combine(dir, "rules.json")).IdentityLinks;

            links.AwsTagKeys.ShouldBe(["email", "owner", "upn"]);
            links.AwsNamingConvention.ShouldBe("adm-{alias}");
            links.Mappings.ShouldBe([new IdentityMapping("123456789012", "deploy", "alice@contoso.example", 3), new IdentityMapping(null, "shared-admin", "bob@contoso.example", 4)]);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_bad_mapping_line_names_the_file_and_line_and_a_bad_template_its_path()
    {
        var dir = Directory.CreateTempSubdirectory("identity-links-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "links.csv"), "12345,deploy,alice@contoso.example\nonly-two,fields\n");

            var error = Should.Throw<InputException>(() => Parse("""{ "identityLinks": { "mappingFile": "links.csv", "awsNamingConvention": "{upn}-{alias}", "awsTagKeys": [""], "x": 1 } }""",
                Path.Combine(dir, "rules.json")));

            error.Message.ShouldContain("links.csv");
            error.Message.ShouldContain("the AWS account id must be 12 digits");
            error.Message.ShouldContain("expected awsAccountId,iamUserName,entraUser");
            error.Message.ShouldContain("$.identityLinks.awsNamingConvention");
            error.Message.ShouldContain("$.identityLinks.awsTagKeys[0]");
            error.Message.ShouldContain("unknown property 'x'");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
