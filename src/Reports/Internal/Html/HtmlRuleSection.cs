using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Internal.Localisation;

namespace ComplianceEngine.Reports.Internal.Html;

/// <summary>One rule's evidence: what and why, the controls, the population, counts, the data it came from and
/// when, then the resources by outcome (failures with observed values and remediation; passes collapsed).</summary>
internal static class HtmlRuleSection
{
    public static void Write(HtmlWriter html, RuleEvaluation rule, EvaluationResult result, ReportOptions options, RunInfo run, ReportText t)
    {
        var d = rule.Descriptor;
        var text = RuleTexts.Of(d, t);
        var failing = rule.Count(Outcome.Fail) > 0;
        var state = HtmlResults.Of(rule);
        html.Raw("<div").Attribute("id", HtmlWriter.Anchor("rule", d.Id)).Attribute("class", failing ? "rule failing" : "rule")
            .Attribute("data-rule", d.Id).Attribute("data-sev", rule.Severity.ToName()).Attribute("data-state", state.ToString().ToLowerInvariant())
            .Attribute("data-controls", string.Join(' ', ControlCoverage.ControlsOf(rule).Select(c => c.Number)))
            .Attribute("data-sources", string.Join(' ', SourcesOf(d, result.Snapshot).Select(s => s.Id))).Raw(">");
        html.Open("h4").Element("code", d.Id).Text(" " + text.Title + " ");
        HtmlResults.Badge(html, state, t);
        // Printed, the counts share the heading's line (the badges below are the screen's).
        html.Element("span", string.Concat(HtmlSummary.Columns.Where(o => rule.Count(o) > 0).Select(o => $" · {t.Outcomes[o]} {HtmlFormat.Number(rule.Count(o))}")), "hc");
        html.Close("h4");
        html.Open("dl", "facts");
        Fact(html, t.WhatAndWhy, text.Description);
        html.Open("div").Element("dt", t.ControlsEvidenced).Open("dd");
        foreach (var control in d.Controls)
        {
            var mapped = OrganisationControls.For(control);
            html.Open("div").Text($"{control.Framework} {control.Id}");
            // Printed, a mapped reference is only "framework id → control number": the titles are the sections' headings.
            if (control.Title is not null)
                html.Element("span", " — " + control.Title, mapped is null ? null : "so");
            if (mapped is null)
                html.Text($" ({t.OutsideControlSet})");
            else
                html.Text($" → {mapped.Number}").Element("span", " " + mapped.Title(t.Japanese), "so");
            html.Close("div");
        }
        html.Close("dd").Close("div");
        Fact(html, t.Severity, $"{rule.Severity.ToName()} · {t.Category}: {d.Category}", "short");
        var parameters = result.Config.ParametersFor(d).Values;
        if (parameters.Count > 0)
            Fact(html, t.Parameters, HtmlFormat.Observed(parameters.ToDictionary(p => p.Key, p => (object?)p.Value)), "short");
        Fact(html, t.Population, Population(rule, t), "short");
        html.Open("div", "short").Element("dt", t.DataSource).Open("dd");
        foreach (var source in SourcesOf(d, result.Snapshot))
            WriteSource(html, source, d, result.IncompleteScopes, t);
        html.Close("dd").Close("div").Close("dl");

        html.Open("p", "counts");
        foreach (var outcome in HtmlSummary.Columns)
            html.Element("span", $"{t.Outcomes[outcome]} {HtmlFormat.Number(rule.Count(outcome))}", "badge " + HtmlFormat.CssName(outcome)).Raw(" ");
        html.Close("p");
        HtmlBar.Write(html, rule.Count, t);

        foreach (var outcome in new[] { Outcome.Fail, Outcome.Waived, Outcome.Error, Outcome.NotApplicable })
            HtmlFindingTable.Write(html, rule, outcome, text, options, run.Drift, t);
        HtmlPassList.Write(html, rule, options, t);
        html.Close("div");
    }

    private static string Population(RuleEvaluation rule, ReportText t)
    {
        if (rule.NotApplicableReason is { } reason)
            return $"{t.NotApplicableRule}: {reason}";
        var inScope = rule.Passes.Count + rule.Findings.Count(f => f.Outcome != Outcome.NotApplicable && f.Subject is not null);
        return $"{HtmlFormat.Number(inScope)} {t.InScope} · {HtmlFormat.Number(rule.OutOfScope)} {t.OutOfScope}";
    }

    /// <summary>The sources that provide the rule's data: those of the providers its required datasets come from.</summary>
    private static IEnumerable<SourceStatus> SourcesOf(RuleDescriptor rule, FactSnapshot snapshot)
    {
        var providers = rule.RequiredData.Select(d => d.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        return snapshot.Sources.Where(s => providers.Count == 0 || providers.Contains(s.Provider)).OrderBy(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>A source and, once each, its incomplete scopes in the data this rule reads.</summary>
    private static void WriteSource(HtmlWriter html, SourceStatus source, RuleDescriptor rule, IReadOnlyList<IncompleteScope> missing, ReportText t)
    {
        html.Open("div").Element("code", source.Id).Element("span", $" ({source.DisplayName ?? source.Scope})", "src-detail");
        // Printed, only a source that was not complete says so (the run's sources table has every state).
        html.Element("span", $" — {t.States[source.Status]}", source.Status == CollectionState.Complete ? "so" : null);
        if (source.CollectedAt is { } at)
            html.Element("span", $" — {t.CollectedAt} {t.DateTime(at)}", "src-detail");
        foreach (var scope in missing.Where(m => m.Source.Id == source.Id && HtmlMissingData.Touches(m, rule.RequiredData)))
            HtmlMissingData.Write(html, scope, t, rule.RequiredData);
        html.Close("div");
    }

    /// <summary>A name and value in their own group; short ones share a printed line.</summary>
    private static void Fact(HtmlWriter html, string name, string value, string? group = null)
    {
        html.Open("div", group).Element("dt", name);
        html.Element("dd", value).Close("div");
    }
}
