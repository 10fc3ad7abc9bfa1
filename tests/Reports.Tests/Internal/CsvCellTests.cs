using ComplianceEngine.Reports.Internal;

namespace ComplianceEngine.Reports.Tests.Internal;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("a=b", "a=b")]
    public void Escapes_per_rfc_4180_and_neutralises_formulas(string value, string expected) =>
        CsvCell.Escape(value).ShouldBe(expected);
}
