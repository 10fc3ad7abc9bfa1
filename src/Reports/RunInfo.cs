using System.Security.Cryptography;
using ComplianceEngine.Reports.Internal;

namespace ComplianceEngine.Reports;

/// <summary>
/// What the reports say about the run itself: which tool, which run, when, how it was invoked and which
/// inputs (by path and SHA-256) it read. Every timestamp and id that differs between two runs over the same
/// input lives here, so the rest of the output is byte-identical.
/// </summary>
public sealed record RunInfo
{
    private readonly IReadOnlyList<string> _arguments = [];

    public string ToolName { get; init; } = "ComplianceEngine";
    public required string ToolVersion { get; init; }
    public required string RunId { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>The arguments the tool was started with. Values of secret-looking options are masked on the way
    /// in (see <see cref="SafeArguments"/>), so no writer can leak them.</summary>
    public IReadOnlyList<string> Arguments
    {
        get => _arguments;
        init => _arguments = CommandLineText.Redact(value);
    }
    public string? ConfigPath { get; init; }
    public required string ConfigSha256 { get; init; }
    public string? SnapshotPath { get; init; }
    public required string SnapshotSha256 { get; init; }

    /// <summary>Where docs/rules/&lt;ID&gt;.md is published; SARIF needs an absolute helpUri, so without it the
    /// rules carry the relative path in their help text only.</summary>
    public Uri? HelpBaseUri { get; init; }

    /// <summary>The tool's home page, for SARIF's <c>tool.driver.informationUri</c>.</summary>
    public Uri? InformationUri { get; init; }

    /// <summary>The comparison with the previous run of the same scope, when the run history is on; SARIF then
    /// carries <c>baselineState</c> and the evidence the drift counts.</summary>
    public Engine.Drift.RunDrift? Drift { get; init; }

    public string CommandLine => string.Join(' ', Arguments.Select(CommandLineText.Quote));

    /// <summary>The arguments with the value of any secret-looking option (token, secret, password, key) masked.</summary>
    public static IReadOnlyList<string> SafeArguments(IEnumerable<string> arguments) => CommandLineText.Redact(arguments);

    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
