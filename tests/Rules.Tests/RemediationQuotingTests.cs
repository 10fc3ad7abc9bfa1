using System.Diagnostics;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.Tests;

/// <summary>#13.7: a tenant string interpolated into a remediation command stays one literal argument of the shell it targets.</summary>
public sealed class RemediationQuotingTests
{
    public static TheoryData<string> Hostile => new()
    {
        "x; touch /tmp/pwned",
        "x' ; touch /tmp/pwned ; '",
        "$(touch /tmp/pwned)",
        "`touch /tmp/pwned`",
        "x\" -and $(Invoke-Evil) -and \"",
        "x\u2019; Invoke-Evil; \u2018",
        "a b\tc\nd",
        "",
        "plain-name_1@x.example",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Posix_quoting_round_trips_through_sh_as_one_argument(string value)
    {
        if (!File.Exists("/bin/sh"))
            return;
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"printf '%s' {Shell.Sh(value)}"]) { RedirectStandardOutput = true };
        using var sh = Process.Start(start)!;
        var echoed = sh.StandardOutput.ReadToEnd();
        sh.WaitForExit();

        echoed.ShouldBe(value);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void PowerShell_quoting_is_a_single_quoted_literal_with_every_quote_doubled(string value)
    {
        var quoted = Shell.Ps(value);

        quoted[0].ShouldBe('\'');
        quoted[^1].ShouldBe('\'');
        // Inside, every quote character PowerShell recognises comes in pairs: the literal cannot end early.
        var inner = quoted[1..^1];
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B')
            {
                inner[i + 1].ShouldBe(inner[i]);
                i++;
            }
        }
        Unquote(quoted).ShouldBe(value);
    }

    // Every built-in rule that puts a tenant string in a command: with hostile names, each command argument is quoted.
    [Theory]
    [MemberData(nameof(Hostile))]
    public void Every_failing_builtin_rule_quotes_tenant_strings_in_its_commands(string value)
    {
        if (value is "" or "plain-name_1@x.example")
            return;
        var snapshot = HostileSnapshot(value);
        var result = new Evaluator(Engine.Configuration.ComplianceConfig.Default).Evaluate(snapshot, BuiltInRules.Create());

        var remediations = result.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => f.Remediation ?? "").ToList();
        remediations.Count(r => r.Contains(value[..3], StringComparison.Ordinal)).ShouldBeGreaterThan(10);
        foreach (var remediation in remediations)
        {
            foreach (var flag in Flags)
            {
                for (var at = remediation.IndexOf(flag, StringComparison.Ordinal); at >= 0; at = remediation.IndexOf(flag, at + 1, StringComparison.Ordinal))
                    remediation[(at + flag.Length)..].ShouldNotStartWith(value[..3], Case.Sensitive, $"unquoted after '{flag}' in: {remediation}");
            }
        }
    }

    // The short command of remediation.csv's Command column: the same quoting as the remediation text it is taken from.
    [Theory]
    [MemberData(nameof(Hostile))]
    public void Every_failing_builtin_rule_quotes_tenant_strings_in_its_short_command(string value)
    {
        if (value is "" or "plain-name_1@x.example")
            return;
        var snapshot = HostileSnapshot(value);
        var result = new Evaluator(Engine.Configuration.ComplianceConfig.Default).Evaluate(snapshot, BuiltInRules.Create());

        var commands = result.Findings.Where(f => f.Outcome == Outcome.Fail).Select(f => f.Command).OfType<string>().ToList();
        commands.Count.ShouldBeGreaterThan(10);
        foreach (var command in commands)
        {
            foreach (var flag in Flags)
            {
                for (var at = command.IndexOf(flag, StringComparison.Ordinal); at >= 0; at = command.IndexOf(flag, at + 1, StringComparison.Ordinal))
                    command[(at + flag.Length)..].ShouldNotStartWith(value[..3], Case.Sensitive, $"unquoted after '{flag}' in: {command}");
            }
        }
    }

    // Every place a command takes a tenant string: the value after it must be quoted.
    private static readonly string[] Flags =
    [
        "--user-name ", "--policy-arn ", "-UserId ", "--assignee ", "--scope ", "--ids ", "--instance-id ", "--instance-ids ", "--name ",
        "-Filter ", "--target-principal ", "--account-id ", "--region-name ", "principalId = ", "roleDefinitionId = ",
        "-ConditionalAccessPolicyId ", "aws s3 mb ", "aws s3 sync ", "aws s3 rb ", "--role ",
    ];

    // The sample with the value in front of every id and name a command takes: user ids, IAM user names, resource ids
    // and names, role holders' principal ids.
    private static Engine.Snapshot.FactSnapshot HostileSnapshot(string value)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Repository.PathOf("samples", "sample-tenant.snapshot.json")))!;
        var facts = node["facts"]!;
        void Prefix(System.Text.Json.Nodes.JsonNode? item, string property)
        {
            if (item?[property] is { } v)
                item[property] = value + v.GetValue<string>();
        }
        foreach (var user in facts["entraUsers"]!.AsArray())
            Prefix(user, "id");
        foreach (var user in facts["awsIamUsers"]!.AsArray())
            Prefix(user, "userName");
        foreach (var resource in facts["cloudResources"]!.AsArray())
        {
            Prefix(resource, "id");
            Prefix(resource, "name");
        }
        foreach (var subscription in facts["azureSubscriptions"]!.AsArray())
        {
            foreach (var holder in subscription!["privilegedRoleHolders"]?.AsArray() ?? [])
            {
                Prefix(holder, "principalId");
                holder!["isGuest"] = true;
            }
        }
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));
        return Engine.Snapshot.SnapshotSerializer.Read(stream, "hostile.snapshot.json");
    }

    private static string Unquote(string quoted)
    {
        var inner = quoted[1..^1];
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < inner.Length; i++)
        {
            text.Append(inner[i]);
            if (inner[i] is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B')
                i++;
        }
        return text.ToString();
    }
}
