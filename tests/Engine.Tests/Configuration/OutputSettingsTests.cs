using System.Text;
using ComplianceEngine.Engine.Configuration;

namespace ComplianceEngine.Engine.Tests.Configuration;

public sealed class OutputSettingsTests
{
    private static ComplianceConfig Parse(string json, string file = "rules.json") =>
        ConfigLoader.Parse(Encoding.UTF8.GetBytes(json), file, [CountryRule.Rule]);

    [Fact]
    public void The_report_language_is_english_unless_set()
    {
        Parse("{}").Language.ShouldBe("en");
        Parse("""{ "output": { "language": "ja" } }""").Language.ShouldBe("ja");
    }

    [Fact]
    public void Only_english_and_japanese_are_accepted()
    {
        Should.Throw<InputException>(() => Parse("""{ "output": { "language": "fr" } }"""))
            .Message.ShouldContain("$.output.language: expected \"en\" or \"ja\", found \"fr\"");
    }

    [Fact]
    public void The_signing_key_path_is_resolved_against_the_folder_of_rules_json()
    {
        var file = Path.Combine(Path.GetTempPath(), "cfg", "rules.json");

        var config = Parse("""{ "output": { "signingKeyPath": "keys/signing.pem" } }""", file);

        config.SigningKeyPath.ShouldBe(Path.Combine(Path.GetTempPath(), "cfg", "keys", "signing.pem"));
        Parse("{}").SigningKeyPath.ShouldBeNull();
    }

    [Fact]
    public void An_empty_signing_key_path_is_rejected()
    {
        Should.Throw<InputException>(() => Parse("""{ "output": { "signingKeyPath": "" } }"""))
            .Message.ShouldContain("$.output.signingKeyPath: expected the path of a PEM file");
    }
}
