using ComplianceEngine.Engine.Drift;
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
        SkipLink = "Skip to the verdict",
        Contents = "Contents",
        VerdictHeading = "Verdict",
        Results = new Dictionary<ResultState, string>
        {
            [ResultState.Pass] = "PASS", [ResultState.Fail] = "FAIL", [ResultState.Incomplete] = "INCOMPLETE", [ResultState.NotEvaluated] = "not evaluated",
        },
        ExitCodeLine = "Exit code {0}: {1}.",
        ExitReasons = new Dictionary<int, string>
        {
            [0] = "no failing result at or above '{0}', and every source was fully collected",
            [1] = "failing results at or above '{0}'",
            [2] = "a source was not fully collected or a result could not be decided (Error); failures below may be only part of the truth",
        },
        ExitReasonNewOnly = "failing results at or above '{0}' that are new since the previous run (--fail-on-new)",
        ExitReasonNoNew = "no failing result at or above '{0}' is new since the previous run (--fail-on-new)",
        FailuresBySeverity = "Failing results by severity",
        Total = "Total",
        DriftSince = "Since the previous run {0} ({1}):",
        DriftCounts = "{0} new, {1} regressed, {2} unchanged and {3} resolved failures.",
        FirstRun = "No earlier run of these sources to compare with: every result is new.",
        NoHistory = "The run history was off: no comparison with an earlier run.",
        ControlResultsHeading = "Result per control",
        ControlResultsIntro = "Controls evidenced by this run's rules. FAIL: at least one failing resource; INCOMPLETE: no failure, but some results could not be decided; PASS: every result decided and none failing.",
        Result = "Result",
        DriftHeading = "Changes since the previous run",
        DriftStates = new Dictionary<DriftState, string>
        {
            [DriftState.New] = "new", [DriftState.Unchanged] = "unchanged", [DriftState.Regression] = "regressed",
            [DriftState.Resolved] = "resolved", [DriftState.Changed] = "changed", [DriftState.Unverified] = "unverified",
        },
        Change = "Change",
        NewAndRegressedHeading = "New and regressed failures",
        ResolvedHeading = "Resolved failures",
        NothingResolved = "No failure of the previous run was resolved.",
        TrendHeading = "Pass rate per control",
        TrendIntro = "Passes out of decided results (pass, fail, waived, error) in each of the recent runs of these sources, oldest first; the last column is this run.",
        PassRate = "pass rate",
        Legend = "Legend",
        FilterHeading = "Filter the rules",
        Search = "Search resources and rules",
        All = "all",
        State = "Result",
        FilterCount = "{0} of {1} rules shown",
        Privileged = "privileged",
        PrintMore = "… and {0} more not printed (the HTML page and evidence.json list them).",
        Page = "page",
        Fail = "Fail",
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
