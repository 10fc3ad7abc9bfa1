using System.Text;
using ComplianceEngine.Engine.Configuration;

namespace ComplianceEngine.Engine.Tests.Configuration;

public sealed class HistorySettingsTests
{
    private static ComplianceConfig Parse(string json, string file = "/etc/compliance/rules.json") =>
        ConfigLoader.Parse(Encoding.UTF8.GetBytes(json), file, [CountryRule.Rule]);

    [Fact]
    public void A_relative_path_is_resolved_against_the_folder_of_rules_json()
    {
        var history = Parse("""{ "history": { "path": "data/history.db", "keepDays": 30, "keepRuns": 90 } }""").History;

        history.Path.ShouldBe(Path.GetFullPath("/etc/compliance/data/history.db"));
        history.KeepDays.ShouldBe(30);
        history.KeepRuns.ShouldBe(90);
    }

    [Fact]
    public void Without_a_history_section_runs_are_kept_400_days_at_the_default_path()
    {
        var history = Parse("{}").History;

        history.Path.ShouldBeNull();
        (history.KeepDays, history.KeepRuns).ShouldBe((400, (int?)null));
    }

    [Fact]
    public void Null_keep_days_keeps_every_run()
    {
        Parse("""{ "history": { "keepDays": null } }""").History.KeepDays.ShouldBeNull();
    }

    [Fact]
    public void Bad_values_and_unknown_properties_are_reported_with_their_path()
    {
        var error = Should.Throw<InputException>(() => Parse("""{ "history": { "keepRuns": 0, "retain": 3, "path": 7 } }"""));

        error.Errors.Select(e => e.JsonPath).ShouldBe(["$.history.keepRuns", "$.history.retain", "$.history.path"]);
        error.Message.ShouldContain("at least 1");
    }
}
