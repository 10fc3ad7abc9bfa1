using System.Text;

namespace ComplianceEngine.Cli.Tests.Hardening;

/// <summary>#13.9 and #13.11: input at fault is exit 3 with the file and the place, never exit 4; nothing is written.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDir _dir = new();

    private async Task<CliRun> Scan(string snapshot, string? config = null, string? output = null) =>
        await CliRun.Of("scan", "--snapshot", snapshot, "--config", config ?? CliRun.RulesJson, "--out", output ?? _dir.File("out"), "--no-history");

    public static TheoryData<string> LocalTimestamps => new()
    {
        "2026-11-25T02:00:00", "2026-11-25T02:00:00.000", "2026-11-25T02:00", "2026-11-25",
    };

    [Theory]
    [MemberData(nameof(LocalTimestamps))]
    public async Task A_timestamp_without_an_offset_is_refused_wherever_it_is(string timestamp)
    {
        foreach (var (from, label) in new[] { ("\"collectedAt\": \"2026-11-25T02:00:00Z\"", "$.collectedAt"), ("\"lastSuccessfulSignIn\": \"2026-09-26T02:00:00Z\"", "lastSuccessfulSignIn") })
        {
            var text = File.ReadAllText(CliRun.Sample);
            text.ShouldContain(from);
            var snapshot = _dir.Write("local.snapshot.json", ReplaceFirst(text, from, from[..from.IndexOf(':')] + $": \"{timestamp}\""));

            var run = await Scan(snapshot);

            run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Stderr);
            run.Stderr.ShouldContain("local.snapshot.json");
            run.Stderr.ShouldContain(label);
        }
        Directory.Exists(_dir.File("out")).ShouldBeFalse();
    }

    [Fact]
    public async Task A_duplicate_key_is_refused_in_a_snapshot_and_in_rules_json()
    {
        var text = File.ReadAllText(CliRun.Sample);
        var snapshot = _dir.Write("dup.snapshot.json", ReplaceFirst(text, "\"mfaActive\": false", "\"mfaActive\": false, \"mfaActive\": true"));
        var config = _dir.Write("rules.json", """{ "severity": { "default": "note" }, "severity": { "default": "none" } }""");

        var scan = await Scan(snapshot);
        var validate = await CliRun.Of("validate", "--config", config);

        scan.ExitCode.ShouldBe(ExitCodes.BadInput, scan.Stderr);
        scan.Stderr.ShouldContain("dup.snapshot.json");
        scan.Stderr.ShouldContain("mfaActive");
        validate.ExitCode.ShouldBe(ExitCodes.BadInput, validate.Stderr);
        validate.Stderr.ShouldContain("rules.json");
        validate.Stderr.ShouldContain("severity");
    }

    [Fact]
    public async Task A_utf8_bom_is_accepted_in_both_rules_json_and_a_snapshot()
    {
        var bom = Encoding.UTF8.GetPreamble();
        var snapshot = _dir.File("bom.snapshot.json");
        File.WriteAllBytes(snapshot, [.. bom, .. File.ReadAllBytes(CliRun.Sample)]);
        var config = _dir.File("rules.json");
        File.WriteAllBytes(config, [.. bom, .. File.ReadAllBytes(CliRun.RulesJson)]);

        var validate = await CliRun.Of("validate", "--config", config);
        var scan = await Scan(snapshot, config);

        validate.ExitCode.ShouldBe(ExitCodes.Success, validate.Stderr);
        scan.ExitCode.ShouldBe(ExitCodes.Failures, scan.Stderr);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xE3, 0x81 })]
    public async Task Invalid_utf8_in_rules_json_or_a_snapshot_is_bad_input(byte[] invalid)
    {
        var config = _dir.File("rules.json");
        var text = Encoding.UTF8.GetBytes("{\n  \"waivers\": [],\n  \"output\": { \"language\": \"X\" }\n}");
        var at = Array.IndexOf(text, (byte)'X');
        File.WriteAllBytes(config, [.. text[..at], .. invalid, .. text[(at + 1)..]]);
        var sample = File.ReadAllBytes(CliRun.Sample);
        var name = Array.IndexOf(sample, (byte)'B');
        var snapshot = _dir.File("bad.snapshot.json");
        File.WriteAllBytes(snapshot, [.. sample[..name], .. invalid, .. sample[(name + 1)..]]);

        var validate = await CliRun.Of("validate", "--config", config);
        var scan = await Scan(snapshot);

        validate.ExitCode.ShouldBe(ExitCodes.BadInput, validate.Stderr);
        validate.Stderr.ShouldContain("rules.json:3");
        validate.Stderr.ShouldContain("UTF-8");
        scan.ExitCode.ShouldBe(ExitCodes.BadInput, scan.Stderr);
        scan.Stderr.ShouldContain("bad.snapshot.json");
    }

    [Fact]
    public async Task Out_naming_a_file_or_a_path_under_a_file_is_bad_usage_before_anything_runs()
    {
        var file = _dir.Write("not-a-folder", "x");

        var direct = await Scan(CliRun.Sample, output: file);
        var under = await Scan(CliRun.Sample, output: Path.Combine(file, "out"));

        direct.ExitCode.ShouldBe(ExitCodes.BadInput, direct.Stderr);
        direct.Stderr.ShouldContain("--out names a file");
        under.ExitCode.ShouldBe(ExitCodes.BadInput, under.Stderr);
        File.ReadAllText(file).ShouldBe("x");
    }

    [Fact]
    public async Task A_snapshot_over_2_GB_is_bad_input_without_being_read()
    {
        var huge = _dir.File("huge.snapshot.json");
        using (var stream = File.Create(huge))
            stream.SetLength((long)Array.MaxLength + 1); // sparse: no disk used

        var run = await Scan(huge);

        run.ExitCode.ShouldBe(ExitCodes.BadInput, run.Stderr);
        run.Stderr.ShouldContain("huge.snapshot.json");
        run.Stderr.ShouldContain("2 GB");
    }

    [Theory]
    [InlineData("ENT-MFA-01", "graceDays", "2147483647")]
    [InlineData("ENT-ID-01", "inactiveDays", "2147483647")]
    [InlineData("ENT-ID-03", "pendingInvitationDays", "1e300")]
    public async Task An_int_max_parameter_is_refused_by_validate_not_thrown_by_scan(string rule, string parameter, string value)
    {
        var config = _dir.Write("rules.json", $$"""{ "rules": { "{{rule}}": { "parameters": { "{{parameter}}": {{value}} } } } }""");

        var validate = await CliRun.Of("validate", "--config", config);
        var scan = await Scan(CliRun.Sample, config);

        validate.ExitCode.ShouldBe(ExitCodes.BadInput, validate.Stderr);
        validate.Stderr.ShouldContain($"$.rules['{rule}'].parameters.{parameter}");
        scan.ExitCode.ShouldBe(ExitCodes.BadInput, scan.Stderr);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    public void Dispose() => _dir.Dispose();
}
