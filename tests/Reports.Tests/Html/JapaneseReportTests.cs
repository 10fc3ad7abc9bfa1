using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Tests.TestSupport;
using ComplianceEngine.Rules.AccessControl;

namespace ComplianceEngine.Reports.Tests.Html;

public sealed class JapaneseReportTests
{
    private static HtmlReport Japanese() => HtmlReport.Of(Some.Scenario(), new ReportOptions { Language = ReportLanguage.Japanese });

    [Fact]
    public void Headings_outcomes_and_control_titles_are_japanese()
    {
        var report = Japanese();

        report.Markup.ShouldContain("<html lang=\"ja\">");
        report.Text.ShouldContain("コンプライアンス証跡レポート");
        report.Text.ShouldContain("管理策の網羅状況");
        report.Text.ShouldContain("5.23 クラウドサービス利用における情報セキュリティ 自動で証跡取得");
        report.Text.ShouldContain("6.1 選考 手作業による証跡が必要");
        report.Text.ShouldContain("不適合のリソース (2)");
        report.Text.ShouldContain("適用除外（ウェイバー）");
        report.Text.ShouldContain("期限切れ");
        report.Text.ShouldNotContain("Needs manual evidence");
    }

    [Fact]
    public void Dates_are_written_the_japanese_way()
    {
        var text = Japanese().Text;

        text.ShouldContain("2026年11月25日 02:00:00 UTC");
        text.ShouldContain("2026年6月30日");
    }

    [Fact]
    public void A_rule_without_a_translation_keeps_its_english_title()
    {
        Japanese().Text.ShouldContain("TEST001 Resource stored outside the allowed countries");
    }

    [Fact]
    public void A_failure_decided_on_partial_data_says_so_in_japanese_too()
    {
        const string source = "entra:contoso";
        var admins = Enumerable.Range(0, 6).Select(i => new EntraUser
        {
            SourceId = source, TenantId = "t1", Id = $"u{i}", UserPrincipalName = $"admin{i}@contoso.example", AccountEnabled = true,
            Roles = [new DirectoryRoleAssignment { RoleTemplateId = EntraRoleIds.GlobalAdministrator }],
        }).ToList();
        var status = new SourceStatus
        {
            Id = source, Provider = "entra", Scope = "t1", Status = CollectionState.Partial,
            Datasets = [.. Datasets.Of("entra").Select(d => d == Datasets.EntraPim
                ? new DatasetStatus { Name = d, Status = CollectionState.Failed, Reason = "403 Forbidden" }
                : new DatasetStatus { Name = d })],
        };
        var snapshot = new FactSnapshot
        {
            CollectedAt = Some.CollectedAt, Sources = [status],
            Facts = new SnapshotFacts { EntraTenants = [new EntraTenant { SourceId = source, TenantId = "t1", DisplayName = "Contoso" }], EntraUsers = admins },
        };
        var result = new Evaluator(ComplianceConfig.Default).Evaluate(snapshot, [new GlobalAdminCountRule()]);

        HtmlReport.Of(result, new ReportOptions { Language = ReportLanguage.Japanese }).Text
            .ShouldContain("（一部のデータが欠けた状態で判定: entra.pim from entra:contoso is failed: 403 Forbidden; what was read already proves this failure。");
    }
}
