using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Controls;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests.Html;

public sealed class HtmlReportWriterTests
{
    [Fact]
    public void The_page_is_self_contained_and_printable_on_a4()
    {
        var report = HtmlReport.Of(Some.Scenario());

        report.Markup.ShouldStartWith("<!DOCTYPE html>");
        foreach (var fetching in new[] { "<link", "src=", "url(", "@import", "@font-face", "http-equiv=\"refresh\"", "fetch(", "XMLHttpRequest", "innerHTML" })
            report.Markup.ShouldNotContain(fetching, Case.Insensitive);
        report.Markup.ShouldContain("Content-Security-Policy\" content=\"default-src &#39;none&#39;");
        // One inline script, allowed by the policy through its hash and by nothing else.
        report.Occurrences("<script").ShouldBe(1);
        var script = report.Markup[(report.Markup.IndexOf("<script>", StringComparison.Ordinal) + 8)..report.Markup.IndexOf("</script>", StringComparison.Ordinal)];
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        report.Markup.ShouldContain($"script-src &#39;sha256-{hash}&#39;;");
        report.Markup.ShouldNotContain("unsafe-eval");
        report.Markup.ShouldContain("@page { size: A4;");
        report.Markup.ShouldContain("#controls, #run { break-before: page; }");
        report.Markup.ShouldContain("@page { @top-left { content: \"Compliance evidence report\"");
        report.Markup.ShouldContain("@top-right { content: \"run run-0001\"");
        report.Markup.ShouldContain("counter(page) \" / \" counter(pages)");
        report.Markup.ShouldContain("<svg class=\"bar\"");
    }

    [Fact]
    public void The_header_names_the_run_its_inputs_and_every_source_with_its_completeness()
    {
        var partial = Some.SourceStatus("azure:fabrikam", CollectionState.Partial, "403 Forbidden: missing Reader on subscription sub-2");
        var result = Some.Evaluate(Some.Snapshot([Some.Resource("tokyo-a")], Some.SourceStatus(), partial));

        var text = HtmlReport.Of(result).Text;

        text.ShouldContain("INCOMPLETE");
        text.ShouldContain("run-0001");
        text.ShouldContain("ComplianceEngine 0.1.0");
        text.ShouldContain($"rules.json — sha256 {Some.Run().ConfigSha256}");
        text.ShouldContain($"sha256 {new string('a', 64)}");
        text.ShouldContain("2026-11-25 02:00:00 UTC");
        text.ShouldContain("azure:contoso https://management.azure.com sub-1 Contoso production complete");
        text.ShouldContain("azure:fabrikam");
        text.ShouldContain("partial 2026-11-25 02:00:00 UTC azure.resources : partial (3) whole dataset : azure.resources — 403 Forbidden: missing Reader on subscription sub-2");
    }

    [Fact]
    public void Each_incomplete_scope_is_shown_once_per_source_and_once_per_rule_that_reads_its_data()
    {
        var report = HtmlReport.Of(PartlyRead.Evaluate());

        // Once in the sources table for both datasets; in TEST001 and TEST002 once under their data and once as their Error.
        report.Text.Split(PartlyRead.Forbidden).Length.ShouldBe(6);
        report.Text.Split(PartlyRead.Throttled).Length.ShouldBe(2);
        report.Text.ShouldContain($"subscription {PartlyRead.Restricted} : azure.resources , azure.roleAssignments — {PartlyRead.Forbidden} (2 rule(s) Error; 0 other subscription(s) complete)");
        report.Text.ShouldContain($"whole dataset : azure.policyAssignments — {PartlyRead.Throttled}");
        report.Text.ShouldContain("300 item(s) (st000, st001, st002, st003, st004, …) : azure.resources — properties could not be read (2 rule(s) Error)");
        report.Section("rule-TEST001").ShouldNotContain("azure.roleAssignments");
        HtmlReport.Of(PartlyRead.Evaluate(), new ReportOptions { Language = ReportLanguage.Japanese }).Text
            .ShouldContain("欠落しているデータ");
    }

    [Fact]
    public void The_coverage_table_lists_every_control_of_the_organisations_set_with_its_status()
    {
        var report = HtmlReport.Of(Some.Scenario());

        foreach (var control in OrganisationControls.All)
        {
            report.Text.ShouldContain($"{control.Number} {control.TitleEn} {control.TitleJa}");
        }
        report.Text.ShouldContain("5.23 Information security for use of cloud services クラウドサービス利用における情報セキュリティ Evidenced automatically TEST001 3 2 1 1");
        report.Text.ShouldContain("6.1 Screening 選考 Needs manual evidence");
        report.Text.ShouldContain("8.5 Secure authentication セキュリティを保った認証 Not covered");
    }

    [Fact]
    public void A_rule_shows_why_its_population_counts_and_failing_resources_with_observed_values_and_remediation()
    {
        var rule = HtmlReport.Of(Some.Scenario()).Section("rule-TEST001");
        var text = new HtmlReport(rule).Text;

        text.ShouldContain("Customer data may only be stored in the countries the organisation names to its customers.");
        text.ShouldContain("ISO27017 CLD.9.5.1 → 9.3 Access control of cloud service customer data in shared virtual environment");
        text.ShouldContain("Population 7 in scope · 1 out of scope");
        text.ShouldContain("azure:contoso (Contoso production) — complete — Collected at 2026-11-25 02:00:00 UTC");
        text.ShouldContain("Failing resources (2)");
        text.ShouldContain("virginia azure/sub-1/Microsoft.Storage/storageAccounts/");
        text.ShouldContain("virginia is in US (eastus), outside the allowed countries. region: eastus; country: US Move virginia to japaneast or japanwest.");
        text.ShouldContain("Waiver $.waivers[1]: EXPIRED 30 Jun 2026");
        text.ShouldContain("Waived failures (1)");
        text.ShouldContain("Not decided (Error: data missing) (1) Resource Message mars");
        text.ShouldContain("region mars-1 has no known country");
        text.ShouldContain("Passing resources (3)");
        rule.ShouldContain("<details class=\"passes\"><summary>");
    }

    [Fact]
    public void A_rule_evidencing_two_controls_is_written_once_and_referred_to_from_the_second()
    {
        var report = HtmlReport.Of(Some.Scenario());

        report.Occurrences("id=\"rule-TEST001\"").ShouldBe(1);
        report.Section("control-5.23").ShouldContain("id=\"rule-TEST001\"");
        new HtmlReport(report.Section("control-9.3")).Text.ShouldContain("Evidence for this rule is shown under control 5.23");
        report.Section("rules-outside").ShouldContain("id=\"rule-TEST002\"");
    }

    [Fact]
    public void Waivers_are_listed_with_owner_approver_and_expiry_and_expired_or_soon_ones_are_called_out()
    {
        var soon = Some.Waiver("amsterdam", new DateOnly(2026, 12, 1), index: 0);
        var expired = Some.Waiver("singapore", new DateOnly(2026, 6, 30), index: 1);
        var result = Some.Evaluate(Some.Snapshot([Some.Resource("amsterdam", "westeurope", "NL"), Some.Resource("singapore", "southeastasia", "SG")]),
            Some.Config(1000, soon, expired));

        var report = HtmlReport.Of(result);
        var waivers = new HtmlReport(report.Section("waivers")).Text;

        waivers.ShouldContain("TEST001 $.waivers[1] singapore Replica required by the EU subsidiary until migration storage-team@contoso.example ciso@contoso.example 10 Jan 2026 30 Jun 2026 EXPIRED 1");
        waivers.ShouldContain("TEST001 $.waivers[0] amsterdam");
        waivers.ShouldContain("1 Dec 2026 applied expires soon 1");
        report.Markup.ShouldContain("<tr class=\"expired\">");
        report.Markup.ShouldContain("<tr class=\"soon\">");
    }

    [Fact]
    public void Names_from_the_tenant_are_encoded_never_markup()
    {
        var hostile = Some.Resource("x\"><script>alert(1)</script><img src=x onerror=alert(2)>", "eastus", "US");
        var result = Some.Evaluate(Some.Snapshot([hostile]), Some.Config(1000, Some.Waiver("<b>owned</b>'\"&", new DateOnly(2027, 1, 1))));

        var report = HtmlReport.Of(result);

        report.Occurrences("<script").ShouldBe(1, "only the page's own filter script, never one from the tenant");
        report.Markup.ShouldNotContain("<img", Case.Insensitive);
        report.Markup.ShouldNotContain("<b>owned");
        report.Markup.ShouldContain("x&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;");
        report.Markup.ShouldContain("&lt;b&gt;owned&lt;/b&gt;&#39;&quot;&amp;");
        report.Text.ShouldContain("x\"><script>alert(1)</script>");
    }

    [Fact]
    public void Long_lists_stop_at_the_limit_and_say_how_many_more()
    {
        var passing = Enumerable.Range(0, 30).Select(i => Some.Resource($"ok-{i:D2}"));
        var failing = Enumerable.Range(0, 12).Select(i => Some.Resource($"bad-{i:D2}", "eastus", "US"));
        var result = Some.Evaluate(Some.Snapshot(passing.Concat(failing)));

        var report = HtmlReport.Of(result, new ReportOptions { PassListLimit = 5, FindingListLimit = 10 });
        var rule = new HtmlReport(report.Section("rule-TEST001"));

        rule.Text.ShouldContain("Passing resources (30)");
        rule.Occurrences("<li>").ShouldBe(5);
        rule.Text.ShouldContain("… and 25 more (evidence.json lists every one).");
        rule.Text.ShouldContain("Failing resources (12)");
        rule.Text.ShouldContain("bad-09");
        rule.Text.ShouldNotContain("bad-10");
        rule.Text.ShouldContain("… and 2 more");
    }
}
