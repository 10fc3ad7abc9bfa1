using ComplianceEngine.Engine.Configuration;

namespace ComplianceEngine.Rules.Tests;

public sealed class BuiltInRulesTests
{
    [Fact]
    public void Rule_ids_are_unique_and_follow_the_naming_scheme()
    {
        var ids = BuiltInRules.Descriptors.Select(d => d.Id).ToList();

        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => System.Text.RegularExpressions.Regex.IsMatch(id, "^(ENT|AWS|AZ|LOC|PERSON)-[A-Z0-9]+-[0-9]{2}$"));
    }

    [Fact]
    public void Every_rule_has_a_docs_page_controls_and_required_data()
    {
        var docs = Repository.PathOf("docs", "rules");
        foreach (var rule in BuiltInRules.Descriptors)
        {
            File.Exists(Path.Combine(docs, $"{rule.Id}.md")).ShouldBeTrue($"docs/rules/{rule.Id}.md is missing");
            rule.Controls.ShouldContain(c => c.Framework == "ISO27001:2022", rule.Id);
            rule.Controls.ShouldContain(c => c.Framework == "ISMS-A-04", rule.Id);
            rule.RequiredData.ShouldNotBeEmpty(rule.Id);
        }
    }

    [Fact]
    public void Every_docs_page_names_exactly_the_datasets_its_rule_reads()
    {
        foreach (var rule in BuiltInRules.Descriptors)
        {
            var row = File.ReadLines(Repository.PathOf("docs", "rules", $"{rule.Id}.md")).Single(l => l.StartsWith("| Data needed |", StringComparison.Ordinal));
            var named = System.Text.RegularExpressions.Regex.Matches(row, "`([a-z]+\\.[A-Za-z0-9]+)`").Select(m => m.Groups[1].Value);

            named.Order().ShouldBe(rule.RequiredData.Order(), $"docs/rules/{rule.Id}.md 'Data needed'");
        }
    }

    [Fact]
    public void The_rules_index_lists_every_rule()
    {
        var index = File.ReadAllText(Repository.PathOf("docs", "rules", "README.md"));

        foreach (var rule in BuiltInRules.Descriptors)
            index.ShouldContain($"[{rule.Id}]({rule.Id}.md)", customMessage: $"docs/rules/README.md has no row for {rule.Id}");
    }

    [Fact]
    public void Every_parameter_a_rule_reads_is_declared_with_a_default_the_config_accepts()
    {
        foreach (var rule in BuiltInRules.Descriptors)
        {
            var parameters = ComplianceConfig.Default.ParametersFor(rule);
            parameters.Values.Keys.ShouldBe(rule.Parameters.Select(p => p.Name), ignoreOrder: true, rule.Id);
        }
    }

    [Fact]
    public void Create_returns_fresh_instances_each_time()
    {
        BuiltInRules.Create()[0].ShouldNotBeSameAs(BuiltInRules.Create()[0]);
    }
}
