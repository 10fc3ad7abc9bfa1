namespace ComplianceEngine.Reports;

/// <summary>The language of report.html: headings, outcome names, control titles, rule titles and dates.</summary>
public enum ReportLanguage
{
    English,
    Japanese,
}

public static class ReportLanguages
{
    /// <summary>The codes accepted by <c>--lang</c> and rules.json <c>output.language</c>.</summary>
    public static readonly IReadOnlyList<string> Codes = ["en", "ja"];

    public static bool TryParse(string? code, out ReportLanguage language)
    {
        language = code == "ja" ? ReportLanguage.Japanese : ReportLanguage.English;
        return code is "en" or "ja";
    }

    public static string Code(this ReportLanguage language) => language == ReportLanguage.Japanese ? "ja" : "en";
}

/// <summary>Settings for the human-readable report.</summary>
public sealed record ReportOptions
{
    public static ReportOptions Default { get; } = new();

    public ReportLanguage Language { get; init; } = ReportLanguage.English;

    /// <summary>Passing resources listed per rule before the list stops with "and N more" (evidence.json has all).</summary>
    public int PassListLimit { get; init; } = 500;

    /// <summary>Failing, waived, error or not-applicable resources listed per rule and outcome before the list
    /// stops with "and N more" (evidence.json and remediation.csv have all).</summary>
    public int FindingListLimit { get; init; } = 1000;

    /// <summary>Signs manifest.json into manifest.sig when set (ECDSA P-256; see <see cref="Integrity.ManifestSigner"/>).</summary>
    public System.Security.Cryptography.ECDsa? SigningKey { get; init; }

    /// <summary>Further files of the run, written with the others and covered by the manifest (report.pdf).</summary>
    public IReadOnlyList<OutputFile> AdditionalFiles { get; init; } = [];

    /// <summary>Earlier runs of the same sources, for the pass-rate chart of each control evidenced automatically;
    /// no charts without it (first run, or the run history off).</summary>
    public PassRateHistory? PassRates { get; init; }

    /// <summary>Also write one worklist per source (<c>remediation-&lt;source id&gt;.csv</c>, <c>--split-by source</c>) beside
    /// remediation.csv, each listed in the manifest.</summary>
    public bool SplitRemediationBySource { get; init; }

    /// <summary>Told the name of each file just before it is written, for progress on long runs.</summary>
    public Action<string>? Writing { get; init; }
    /// <summary>The run's exit code and the <c>--fail-on</c> threshold it was decided with, for the verdict at the top;
    /// without them (the library used on its own) the verdict says FAIL, PASS or INCOMPLETE from the results alone.</summary>
    public RunVerdictInput? Verdict { get; init; }

    /// <summary>A second clock beside UTC for every time in the report (<c>--time-zone</c>, rules.json
    /// <c>output.timeZone</c>), e.g. Asia/Tokyo; UTC only when null.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    /// <summary>Passing resources per rule kept in the printed report (the page shows <see cref="PassListLimit"/>).</summary>
    public int PrintPassLimit { get; init; } = 240;

    /// <summary>Failing (and waived, error) resources per rule and outcome kept in the printed report, the most
    /// important first; the page shows <see cref="FindingListLimit"/>.</summary>
    public int PrintFindingLimit { get; init; } = 25;
}

/// <summary>How the run ended: its exit code and the lowest failing severity that counted (<c>--fail-on</c>).</summary>
public sealed record RunVerdictInput(int ExitCode, string FailOn, bool OnlyNew = false);
