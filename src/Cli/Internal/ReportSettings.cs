using System.Security.Cryptography;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Reports;
using ComplianceEngine.Reports.Integrity;
using Serilog;

namespace ComplianceEngine.Cli.Internal;

/// <summary>The report language (<c>--lang</c>, else rules.json <c>output.language</c>) and the manifest signing key
/// (the <c>COMPLIANCE_SIGNING_KEY</c> environment variable, else rules.json <c>output.signingKeyPath</c>).</summary>
internal static class ReportSettings
{
    public static ReportOptions Resolve(ComplianceConfig config, string? lang, ILogger log, string? timeZone = null)
    {
        ReportLanguages.TryParse(lang ?? config.Language, out var language);
        var zone = TimeZone(timeZone, timeZone is null ? config.TimeZone : null);
        return new ReportOptions { Language = language, TimeZone = zone, SigningKey = SigningKey(config, log) };
    }

    /// <summary>The second clock of the report: <c>--time-zone</c>, else rules.json <c>output.timeZone</c> (checked there).</summary>
    private static TimeZoneInfo? TimeZone(string? option, string? configured)
    {
        var id = option ?? configured;
        if (id is null)
            return null;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            return zone;
        throw new ComplianceEngine.Engine.InputException("command line", null, null, $"--time-zone: unknown time zone '{id}'; expected an IANA name such as Asia/Tokyo or UTC");
    }

    /// <summary><c>--help-base-url</c>, else rules.json <c>output.helpBaseUrl</c>, else null: the tool does not guess where an
    /// organisation publishes the rule pages, so SARIF keeps the relative <c>helpPath</c> and the inline help, and the worklist
    /// gives the page's path in the repository.</summary>
    public static Uri? HelpBase(string? option, ComplianceConfig config)
    {
        if (option is null)
            return config.HelpBaseUrl;
        return ComplianceConfig.ParseHelpBaseUrl(option)
            ?? throw new Engine.InputException("command line", null, null,
                $"--help-base-url must be an absolute http(s) URL without query or fragment, under which docs/rules/<ID>.md is published; found '{option}'");
    }

    private static ECDsa? SigningKey(ComplianceConfig config, ILogger log)
    {
        // The variable wins: a pipeline injects its secret there to override a developer's file.
        var pem = Environment.GetEnvironmentVariable(ManifestSigner.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(pem))
        {
            var key = ManifestSigner.ImportPem(pem, $"environment variable {ManifestSigner.EnvironmentVariable}", requirePrivate: true);
            log.Information("Signing manifest.json with the key from {Variable} (public key sha256 {KeySha256})",
                ManifestSigner.EnvironmentVariable, ManifestSigner.PublicKeySha256(key));
            return key;
        }
        if (config.SigningKeyPath is { } path)
        {
            var key = ManifestSigner.ImportPemFile(path, requirePrivate: true);
            log.Information("Signing manifest.json with the key in {Path} (public key sha256 {KeySha256})", path, ManifestSigner.PublicKeySha256(key));
            return key;
        }
        return null;
    }
}
