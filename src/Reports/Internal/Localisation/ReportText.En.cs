using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Reports.Controls;

namespace ComplianceEngine.Reports.Internal.Localisation;

internal sealed partial record ReportText
{
    public static ReportText En { get; } = new()
    {
        Lang = "en",
        Title = "Compliance evidence report",
        Organisation = "Organisation",
        RunHeading = "Run",
        Generated = "Evaluated",
        Collected = "Snapshot collected",
        ToolVersion = "Tool version",
        RunId = "Run id",
        Config = "rules.json",
        BuiltInDefaults = "built-in defaults",
        Snapshot = "Snapshot",
        CommandLine = "Command line",
        Complete = "Complete: every source was fully collected and every result was decided.",
        Incomplete = "INCOMPLETE: a source was not fully collected or some results could not be decided (Error). Results below may be only part of the truth.",
        SourcesHeading = "Sources and completeness",
        Source = "Source",
        Scope = "Tenant / account / subscription",
        Name = "Name",
        Status = "Status",
        CollectedAt = "Collected at",
        Endpoint = "Endpoint",
        Datasets = "Datasets",
        NoSources = "The snapshot lists no sources.",
        MissingData = "Missing data",
        AllDatasets = "all datasets",
        ItemCount = "{0} item(s)",
        RulesInError = "{0} rule(s) Error",
        OthersComplete = "{0} other {1}(s) complete",
        ScopeKinds = new Dictionary<string, string>
        {
            ["source"] = "whole source", ["dataset"] = "whole dataset", ["subscription"] = "subscription", ["region"] = "region",
        },
        SummaryHeading = "Summary",
        CoverageHeading = "Control coverage",
        CoverageIntro = "Every control of the organisation's control set (ISMS-A-04: ISO/IEC 27001:2022 Annex A and the ISO/IEC 27017 cloud extensions). Compare with the Statement of Applicability.",
        Control = "Control",
        Rules = "Rules",
        ControlsHeading = "Evidence per control",
        OtherRulesHeading = "Rules outside the organisation's control set",
        WhatAndWhy = "What is checked and why",
        ControlsEvidenced = "Controls evidenced",
        OutsideControlSet = "outside the organisation's control set",
        Population = "Population",
        InScope = "in scope",
        OutOfScope = "out of scope",
        NotApplicableRule = "Nothing to evaluate",
        DataSource = "Data source",
        Severity = "Severity",
        Category = "Category",
        Parameters = "Parameters",
        Resource = "Resource",
        Message = "Message",
        Observed = "Observed values",
        Remediation = "Remediation",
        Reason = "Reason",
        Waiver = "Waiver",
        SeeRule = "Evidence for this rule is shown under control",
        AndMore = "… and {0} more (evidence.json lists every one).",
        FullListIn = "Full lists: evidence.json; failing resources: remediation.csv.",
        WaiversHeading = "Waivers",
        NoWaivers = "No waivers are configured.",
        Rule = "Rule",
        Justification = "Justification",
        Owner = "Owner",
        Approver = "Approver",
        Approved = "Approved",
        Expires = "Expires",
        Matched = "Matched",
        ExpiresSoon = "expires soon",
        PassRateChart = "pass rate {0}% (last of {1} runs)",
        Integrity = "manifest.json lists the SHA-256 of this file and of every other output of the run; check them with 'compliance verify <folder>'.",
        Themes = new Dictionary<int, string>
        {
            [5] = "Organizational controls", [6] = "People controls", [7] = "Physical controls",
            [8] = "Technological controls", [9] = "Cloud service extended controls (ISO/IEC 27017)",
        },
        Outcomes = new Dictionary<Outcome, string>
        {
            [Outcome.Pass] = "Pass", [Outcome.Fail] = "Fail", [Outcome.Waived] = "Waived",
            [Outcome.NotApplicable] = "Not applicable", [Outcome.Error] = "Error",
        },
        OutcomeLists = new Dictionary<Outcome, string>
        {
            [Outcome.Pass] = "Passing resources", [Outcome.Fail] = "Failing resources", [Outcome.Waived] = "Waived failures",
            [Outcome.NotApplicable] = "Not applicable", [Outcome.Error] = "Not decided (Error: data missing)",
        },
        Coverage = new Dictionary<CoverageStatus, string>
        {
            [CoverageStatus.Automated] = "Evidenced automatically",
            [CoverageStatus.Manual] = "Needs manual evidence",
            [CoverageStatus.NotCovered] = "Not covered",
        },
        States = new Dictionary<CollectionState, string>
        {
            [CollectionState.Complete] = "complete", [CollectionState.Partial] = "partial", [CollectionState.Failed] = "failed",
        },
        WaiverStates = new Dictionary<WaiverState, string>
        {
            [WaiverState.Applied] = "applied", [WaiverState.Expired] = "EXPIRED", [WaiverState.Unused] = "unused",
        },
    };
}
