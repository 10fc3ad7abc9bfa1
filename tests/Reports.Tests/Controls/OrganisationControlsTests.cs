using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports.Controls;

namespace ComplianceEngine.Reports.Tests.Controls;

public sealed class OrganisationControlsTests
{
    [Fact]
    public void The_set_is_annex_a_and_the_five_cloud_extensions_in_the_documents_order()
    {
        static IEnumerable<string> Range(int theme, int last) => Enumerable.Range(1, last).Select(i => $"{theme}.{i}");

        OrganisationControls.All.Select(c => c.Number)
            .ShouldBe([.. Range(5, 37), .. Range(6, 8), .. Range(7, 14), .. Range(8, 34), .. Range(9, 5)]);
    }

    [Theory]
    [InlineData("5.17", "認証情報", "Authentication information")]
    [InlineData("5.21", "情報通信技術（ICT）サプライチェーンにおける情報セキュリティの管理", "Managing information security in the ICT supply chain")]
    [InlineData("8.5", "セキュリティを保った認証", "Secure authentication")]
    [InlineData("8.8", "技術的ぜい弱性の管理", "Management of technical vulnerabilities")]
    [InlineData("9.3", "共有する仮想環境におけるクラウドサービスカスタマデータのアクセス制御", "Access control of cloud service customer data in shared virtual environment")]
    public void Titles_are_the_organisations_japanese_and_the_standards_english(string number, string ja, string en)
    {
        var control = OrganisationControls.Find(number).ShouldNotBeNull();

        control.TitleJa.ShouldBe(ja);
        control.TitleEn.ShouldBe(en);
    }

    [Theory]
    [InlineData(ControlReference.Iso27001, "A.5.17", "5.17")]
    [InlineData(ControlReference.Iso27001, "A.8.34", "8.34")]
    [InlineData(ControlReference.Iso27017, "CLD.6.3.1", "9.1")]
    [InlineData(ControlReference.Iso27017, "CLD.8.1.5", "9.2")]
    [InlineData(ControlReference.Iso27017, "CLD.9.5.2", "9.3")]
    [InlineData(ControlReference.Iso27017, "CLD.12.1.5", "9.4")]
    [InlineData(ControlReference.Iso27017, "CLD.13.1.4", "9.5")]
    [InlineData(ControlReference.Organisation, "8.5", "8.5")]
    public void References_map_to_the_organisations_number(string framework, string id, string number) =>
        OrganisationControls.For(new ControlReference(framework, id))!.Number.ShouldBe(number);

    [Theory]
    [InlineData(ControlReference.Iso27001, "A.9.1")]
    [InlineData(ControlReference.Iso27001, "5.17")]
    [InlineData(ControlReference.Iso27017, "9.2.3")]
    [InlineData(ControlReference.Iso27017, "CLD.12.4.5")]
    [InlineData(ControlReference.Organisation, "5.1 クラウドサービス情報セキュリティ方針 §5")]
    [InlineData("CIS", "A.5.17")]
    public void References_outside_the_set_map_to_nothing(string framework, string id) =>
        OrganisationControls.For(new ControlReference(framework, id)).ShouldBeNull();
}
