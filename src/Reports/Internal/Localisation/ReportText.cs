using System.Globalization;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Controls;

namespace ComplianceEngine.Reports.Internal.Localisation;

/// <summary>The report's own words in one language. Rule texts come from <see cref="RuleTexts"/>.</summary>
internal sealed partial record ReportText
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Organisation { get; init; }
    public required string RunHeading { get; init; }
    public required string Generated { get; init; }
    public required string Collected { get; init; }
    public required string ToolVersion { get; init; }
    public required string RunId { get; init; }
    public required string Config { get; init; }
    public required string BuiltInDefaults { get; init; }
    public required string Snapshot { get; init; }
    public required string CommandLine { get; init; }
    public required string Complete { get; init; }
    public required string Incomplete { get; init; }
    public required string SourcesHeading { get; init; }
    public required string Source { get; init; }
    public required string Scope { get; init; }
    public required string Name { get; init; }
    public required string Status { get; init; }
    public required string CollectedAt { get; init; }
    public required string Endpoint { get; init; }
    public required string Datasets { get; init; }
    public required string NoSources { get; init; }
    public required string MissingData { get; init; }
    public required string AllDatasets { get; init; }

    /// <summary>{0}: how many items of a dataset were not read.</summary>
    public required string ItemCount { get; init; }

    /// <summary>{0}: how many rules gave Error for an incomplete scope.</summary>
    public required string RulesInError { get; init; }

    /// <summary>{0}: how many other subscriptions or regions were read in full; {1}: the kind (<see cref="ScopeKinds"/>).</summary>
    public required string OthersComplete { get; init; }

    /// <summary>The kinds of incomplete scope: source, dataset, subscription, region.</summary>
    public required IReadOnlyDictionary<string, string> ScopeKinds { get; init; }
    public required string SummaryHeading { get; init; }
    public required string CoverageHeading { get; init; }
    public required string CoverageIntro { get; init; }
    public required string Control { get; init; }
    public required string Rules { get; init; }
    public required string ControlsHeading { get; init; }
    public required string OtherRulesHeading { get; init; }
    public required string WhatAndWhy { get; init; }
    public required string ControlsEvidenced { get; init; }
    public required string OutsideControlSet { get; init; }
    public required string Population { get; init; }
    public required string InScope { get; init; }
    public required string OutOfScope { get; init; }
    public required string NotApplicableRule { get; init; }
    public required string DataSource { get; init; }
    public required string Severity { get; init; }
    public required string Category { get; init; }
    public required string Parameters { get; init; }
    public required string Resource { get; init; }
    public required string Message { get; init; }
    public required string Observed { get; init; }
    public required string Remediation { get; init; }
    public required string Reason { get; init; }
    public required string Waiver { get; init; }
    public required string SeeRule { get; init; }
    public required string AndMore { get; init; }
    public required string FullListIn { get; init; }
    public required string WaiversHeading { get; init; }
    public required string NoWaivers { get; init; }
    public required string Rule { get; init; }
    public required string Justification { get; init; }
    public required string Owner { get; init; }
    public required string Approver { get; init; }
    public required string Approved { get; init; }
    public required string Expires { get; init; }
    public required string Matched { get; init; }
    public required string ExpiresSoon { get; init; }

    /// <summary>The pass-rate chart's label: {0} the last run's pass rate in percent, {1} the number of runs.</summary>
    public required string PassRateChart { get; init; }
    public required string Integrity { get; init; }
    public required IReadOnlyDictionary<int, string> Themes { get; init; }
    public required IReadOnlyDictionary<Outcome, string> Outcomes { get; init; }
    public required IReadOnlyDictionary<Outcome, string> OutcomeLists { get; init; }
    public required IReadOnlyDictionary<CoverageStatus, string> Coverage { get; init; }
    public required IReadOnlyDictionary<CollectionState, string> States { get; init; }
    public required IReadOnlyDictionary<WaiverState, string> WaiverStates { get; init; }

    public bool Japanese => Lang == "ja";

    public static ReportText For(ReportLanguage language) => language == ReportLanguage.Japanese ? Ja : En;

    public static ReportText For(ReportOptions options) => For(options.Language) with { Zone = options.TimeZone };

    public string Format(string text, object arg0, object? arg1 = null) =>
        string.Format(CultureInfo.InvariantCulture, text, arg0 is int n ? n.ToString("N0", CultureInfo.InvariantCulture) : arg0, arg1);

    public string More(int count) => string.Format(CultureInfo.InvariantCulture, AndMore, count.ToString("N0", CultureInfo.InvariantCulture));

    /// <summary>The configured second clock (<see cref="ReportOptions.TimeZone"/>), shown after UTC.</summary>
    public TimeZoneInfo? Zone { get; init; }

    public string DateTime(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        var text = Japanese
            ? utc.ToString("yyyy'年'M'月'd'日' HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)
            : utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        if (Zone is null)
            return text;
        var local = TimeZoneInfo.ConvertTime(at, Zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var pattern = Japanese ? "yyyy'年'M'月'd'日' HH:mm:ss" : "yyyy-MM-dd HH:mm:ss";
        return $"{text} ({local.ToString(pattern, CultureInfo.InvariantCulture)} {Zone.Id}, UTC{sign}{offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture)})";
    }

    public string Date(DateOnly date) => Japanese
        ? date.ToString("yyyy'年'M'月'd'日'", CultureInfo.InvariantCulture)
        : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
