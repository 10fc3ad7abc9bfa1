using System.Text;
using ComplianceEngine.Engine.People;
using ComplianceEngine.Reports.Tests.TestSupport;

namespace ComplianceEngine.Reports.Tests;

public sealed class AccessReviewCsvWriterTests
{
    [Fact]
    public void Tenant_text_that_a_spreadsheet_would_run_is_neutralised_and_the_sign_off_columns_are_empty()
    {
        var row = new AccessReviewRow
        {
            Person = "=HYPERLINK(\"http://evil.example\",\"x\")@contoso.example", PersonState = "enabled", Provider = "entra",
            Grant = "+Global Administrator", GrantType = "Entra role (active)", Scope = "tenant", Identity = "-id", HeldThrough = "direct",
            Source = "entra:contoso", LastUse = null, Mfa = "none",
        };

        var lines = new UTF8Encoding(false).GetString(Some.Render(s => AccessReviewCsvWriter.Write([row], s))).TrimStart('\uFEFF').Split("\r\n");

        lines[0].ShouldBe("Person,Person state,Provider,Grant,Grant type,Scope,Identity,Held through,Source,Last use,MFA,Decision (keep/remove),Reviewer,Reviewed on,Comment");
        lines[1].ShouldStartWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")@contoso.example\",enabled,entra,'+Global Administrator,");
        lines[1].ShouldEndWith(",never or unknown,none,,,,");
    }
}
