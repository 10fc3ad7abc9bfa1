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
    public static ReportOptions Resolve(ComplianceConfig config, string? lang, ILogger log)
    {
        ReportLanguages.TryParse(lang ?? config.Language, out var language);
        return new ReportOptions { Language = language, SigningKey = SigningKey(config, log) };
    }

    /// <summary>Where the rule pages are published when neither <c>--help-base-url</c> nor rules.json <c>output.helpBaseUrl</c> says:
    /// the docs of the tool's repository.</summary>
    public static readonly Uri DefaultHelpBaseUrl = new("https://github.com/contoso/compliance-engine/blob/main/");

    /// <summary><c>--help-base-url</c>, else rules.json <c>output.helpBaseUrl</c>, else <see cref="DefaultHelpBaseUrl"/>.</summary>
    public static Uri HelpBase(string? option, ComplianceConfig config)
    {
        if (option is null)
            return config.HelpBaseUrl ?? DefaultHelpBaseUrl;
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
