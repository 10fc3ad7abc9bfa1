using System.Text.Json;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Engine.Configuration;

/// <summary>
/// rules.json, validated: severities (rule &gt; category &gt; default &gt; the rule's own default, like
/// .editorconfig for analyzers), rule parameters, waivers, output settings, and the raw <c>sources</c>
/// section that collectors read.
/// </summary>
public sealed record ComplianceConfig
{
    public static ComplianceConfig Default { get; } = new();

    /// <summary>The file it was read from; null for the built-in defaults.</summary>
    public string? Path { get; init; }

    /// <summary>SHA-256 of the file's bytes (hex); the hash of "{}" for the defaults.</summary>
    public string Sha256 { get; init; } = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

    /// <summary>The rule set chosen with <c>profile</c>; null for none.</summary>
    public RuleProfile? Profile { get; init; }

    /// <summary>The organisation's own rules from <c>customRules</c>.</summary>
    public IReadOnlyList<CustomRules.CustomRuleDefinition> CustomRules { get; init; } = [];

    public Severity? DefaultSeverity { get; init; }
    public IReadOnlyDictionary<string, Severity> CategorySeverities { get; init; } = new Dictionary<string, Severity>();
    public IReadOnlyDictionary<string, Severity> RuleSeverities { get; init; } = new Dictionary<string, Severity>();
    public IReadOnlyDictionary<string, object> SharedParameterValues { get; init; } = new Dictionary<string, object>();
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> RuleParameterValues { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, object>>();
    public IReadOnlyList<Waiver> Waivers { get; init; } = [];

    /// <summary>How many pass results per rule SARIF carries before it stops and says so.</summary>
    public int SarifPassLimit { get; init; } = 1000;

    /// <summary>Waivers expiring within this many days are called out.</summary>
    public int WaiverWarningDays { get; init; } = 14;

    /// <summary>The longest a waiver may run, from its approval (else from the day it is read): one year by default.</summary>
    public int MaxWaiverDays { get; init; } = 365;

    /// <summary>Language of report.html: <c>en</c> or <c>ja</c> (<c>output.language</c>; <c>--lang</c> overrides).</summary>
    public string Language { get; init; } = "en";

    /// <summary>PEM file with the ECDSA P-256 private key that signs manifest.json (<c>output.signingKeyPath</c>,
    /// absolute, resolved against the folder of rules.json); null when the manifest is not signed from a file.</summary>
    public string? SigningKeyPath { get; init; }

    /// <summary>Where docs/rules/&lt;ID&gt;.md is published (<c>output.helpBaseUrl</c>; <c>--help-base-url</c> overrides): the
    /// base of SARIF's <c>helpUri</c> and of remediation.csv's help links; null for the tool's default.</summary>
    public Uri? HelpBaseUrl { get; init; }

    /// <summary>An absolute http(s) URL, with a trailing '/' added so that relative paths resolve under it; null when not one.</summary>
    public static Uri? ParseHelpBaseUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri))
            return null;
        return uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) ? uri : null;
    }
    /// <summary>A time zone (IANA id, e.g. Asia/Tokyo) whose local time report.html shows beside UTC
    /// (<c>output.timeZone</c>; <c>--time-zone</c> overrides); null: UTC only.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The <c>history</c> section: the run history's path and retention.</summary>
    public HistorySettings History { get; init; } = HistorySettings.Default;

    /// <summary>The <c>identityLinks</c> section: how AWS IAM users link to people (Entra users).</summary>
    public IdentityLinkSettings IdentityLinks { get; init; } = IdentityLinkSettings.Default;

    /// <summary>The <c>sources</c> section, for collectors to read; null when absent.</summary>
    public JsonElement? Sources { get; init; }

    public Severity SeverityOf(RuleDescriptor rule)
    {
        if (RuleSeverities.TryGetValue(rule.Id, out var severity))
            return severity;
        if (CategorySeverities.TryGetValue(rule.Category, out severity))
            return severity;
        if (DefaultSeverity is { } all)
            return all;
        if (Profile is not null && Profile.RuleSeverities.TryGetValue(rule.Id, out severity))
            return severity;
        return rule.EnabledByDefault ? rule.DefaultSeverity : Severity.None;
    }

    public RuleParameters ParametersFor(RuleDescriptor rule)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var profile = Profile?.RuleParameters.GetValueOrDefault(rule.Id);
        foreach (var p in rule.Parameters)
        {
            values[p.Name] = SharedParameterValues.TryGetValue(p.Name, out var shared) ? shared
                : profile is not null && profile.TryGetValue(p.Name, out var fromProfile) ? fromProfile
                : p.Default;
        }
        if (RuleParameterValues.TryGetValue(rule.Id, out var own))
        {
            foreach (var (name, value) in own)
                values[name] = value;
        }
        return new RuleParameters(values);
    }
}
