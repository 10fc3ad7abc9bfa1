using System.Text;
using ComplianceEngine.Collectors.Aws.Internal;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws.Internal;

public sealed class CredentialReportParserTests
{
    private const string Root = "<root_account>,arn:aws:iam::123456789012:root,2019-01-01T00:00:00+00:00,not_supported,2024-05-30T09:00:00+00:00,"
        + "not_supported,not_supported,false,true,2019-02-01T00:00:00+00:00,2024-01-01T00:00:00+00:00,us-east-1,iam,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";

    private const string Alice = "alice,arn:aws:iam::123456789012:user/alice,2023-01-10T08:00:00+00:00,TRUE,no_information,2023-01-10T08:00:00+00:00,N/A,"
        + "false,true,2023-01-10T08:01:00+00:00,N/A,N/A,N/A,True,2024-02-01T00:00:00+00:00,2024-05-31T10:00:00+00:00,eu-west-1,s3,false,N/A,false,N/A";

    private static CredentialReport Parse(params string[] rows) =>
        CredentialReportParser.Parse(Encoding.UTF8.GetBytes(string.Join("\r\n", [CredentialReportCsv.Header, .. rows])));

    [Fact]
    public void Reads_the_root_row_with_not_supported_as_unknown()
    {
        var root = Parse(Root).Rows.Single();

        root.IsRoot.ShouldBeTrue();
        root.PasswordEnabled.ShouldBeNull();
        root.PasswordLastChanged.ShouldBeNull();
        root.PasswordLastUsed.ShouldBe(new DateTimeOffset(2024, 5, 30, 9, 0, 0, TimeSpan.Zero));
        root.MfaActive.ShouldBe(false);
        root.Keys[0].ShouldBe((true, new DateTimeOffset(2019, 2, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Treats_N_A_and_no_information_as_absent_and_booleans_case_insensitively()
    {
        var alice = Parse(Root, Alice).Rows.Single(r => r.User == "alice");

        alice.PasswordEnabled.ShouldBe(true);
        alice.PasswordLastUsed.ShouldBeNull();
        alice.Keys[0].ShouldBe((true, new DateTimeOffset(2023, 1, 10, 8, 1, 0, TimeSpan.Zero), null));
        alice.Keys[1].Active.ShouldBe(true);
        alice.Keys[1].LastUsed.ShouldBe(new DateTimeOffset(2024, 5, 31, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Skips_malformed_rows_and_says_which_line_and_user()
    {
        var report = Parse(Root, "broken,row", Alice.Replace("2023-01-10T08:00:00+00:00,TRUE", "yesterday,TRUE", StringComparison.Ordinal), ",x");

        report.Rows.Select(r => r.User).ShouldBe(["<root_account>"]);
        report.Problems.ShouldBe(
        [
            new CredentialReportProblem(3, "broken", "expected 22 columns, got 2"),
            new CredentialReportProblem(4, "alice", "user_creation_time is not a date"),
            new CredentialReportProblem(5, null, "expected 22 columns, got 2"),
        ]);
        report.Problems[0].ToString().ShouldBe("line 3: expected 22 columns, got 2");
        report.LineCount.ShouldBe(4);
    }

    [Fact]
    public void Rejects_a_report_without_the_expected_columns()
    {
        Should.Throw<FormatException>(() => CredentialReportParser.Parse(Encoding.UTF8.GetBytes("user,arn\nalice,arn")))
            .Message.ShouldStartWith("credential report header lacks column(s) user_creation_time");
    }
}
