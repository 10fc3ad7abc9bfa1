using System.CommandLine;
using ComplianceEngine.Cli.Internal;
using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Reports;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Commands;

/// <summary>
/// <c>compliance scan</c>: read a snapshot (or collect one from the configured sources, or use the bundled
/// sample when none is configured), evaluate the rules, write the outputs, print a summary, exit with a stable code.
/// </summary>
internal static class ScanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var snapshot = new Option<FileInfo?>("--snapshot") { Description = "Snapshot to evaluate. Without it: collect from the sources in rules.json, or scan the bundled sample when none is configured." };
        var config = CommonOptions.Config();
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for results.sarif, evidence.json, report.html, remediation.csv, access-review.csv, snapshot.json and manifest.json (+ manifest.sig, report.pdf).", Required = true };
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity of a failing result that makes the exit code 1.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "note", "never");
        var lang = new Option<string?>("--lang") { Description = "Language of report.html and of the titles and messages in remediation.csv: en or ja. Default: rules.json output.language, else en." };
        lang.AcceptOnlyFromAmong([.. ReportLanguages.Codes]);
        var pdf = new Option<bool>("--pdf") { Description = "Also write report.pdf by printing report.html with headless Chromium (/usr/bin/chromium) when it is installed." };
        var failOnNew = new Option<bool>("--fail-on-new") { Description = "Exit 1 only for failing results (at or above --fail-on) that are new since the previous run of the same sources." };
        var timeZone = new Option<string?>("--time-zone") { Description = "Also show the times in report.html in this IANA time zone beside UTC, e.g. Asia/Tokyo. Default: rules.json output.timeZone, else UTC only." };
        var history = HistoryLocation.Option();
        var noHistory = new Option<bool>("--no-history") { Description = "Do not read or record the run history (no drift, no baselineState)." };
        var splitBy = new Option<string?>("--split-by") { Description = "Also write one worklist per source (tenant, account or subscription set): remediation-<source id>.csv beside remediation.csv, each in the manifest." };
        splitBy.AcceptOnlyFromAmong("source");
        var helpBaseUrl = new Option<string?>("--help-base-url") { Description = "Absolute URL under which docs/rules/<ID>.md is published, for SARIF helpUri and the worklist's help links. Default: rules.json output.helpBaseUrl, else none (SARIF then carries the help inline and the worklist the page's path)." };
        var logFormat = CommonOptions.LogFormat();
        var logLevel = CommonOptions.LogLevel();

        var command = new Command("scan", "Evaluate the rules over a snapshot and write the evidence.")
            { snapshot, config, output, failOn, failOnNew, lang, timeZone, pdf, splitBy, helpBaseUrl, history, noHistory, logFormat, logLevel };
        command.SetAction(async (parse, cancellation) =>
        {
            using var log = Logging.Create(parse.GetValue(logFormat)!, parse.GetValue(logLevel)!, stderr);
            var settings = ConfigFile.Load(parse.GetValue(config));
            OutputLocation.Check(parse.GetValue(output)!);
            var onlyNew = parse.GetValue(failOnNew);
            if (parse.GetValue(noHistory) && (onlyNew || parse.GetValue(history) is not null))
                throw new InputException("command line", null, null, "--no-history cannot be combined with --history or --fail-on-new");
            using var store = parse.GetValue(noHistory) ? null : new ScanHistory(HistoryLocation.Open(parse.GetValue(history), settings));
            var helpBase = ReportSettings.HelpBase(parse.GetValue(helpBaseUrl), settings);
            var progress = ScanProgress.For(log, stderr, parse.GetValue(logFormat)!);
            progress.Loading(parse.GetValue(snapshot)?.FullName);
            var input = await SnapshotSource.ResolveAsync(parse.GetValue(snapshot), settings, log, cancellation);
            var rules = RuleProfiles.RulesFor(settings);
            progress.Evaluating(rules.Count, input.Snapshot.Facts.Count);
            var result = new Evaluator(settings, log).Evaluate(input.Snapshot, rules);
            var drift = store?.Compare(result);
            var run = Outputs.RunInfoFor(result, input, parse.Tokens.Select(t => t.Value).Prepend("compliance"), drift) with { HelpBaseUri = helpBase };
            var threshold = parse.GetValue(failOn)!;
            var exitCode = Decide(result, threshold, onlyNew ? drift : null);
            using var reportOptions = new DisposableOptions(ReportSettings.Resolve(settings, parse.GetValue(lang), log, parse.GetValue(timeZone)) with
            {
                PassRates = store?.PassRates(result),
                Verdict = new RunVerdictInput(exitCode, threshold, onlyNew),
                SplitRemediationBySource = parse.GetValue(splitBy) == "source",
                Writing = progress.Writing,
            });
            var written = await Outputs.WriteAsync(result, run, input, parse.GetValue(output)!, reportOptions.Options, parse.GetValue(pdf), log, stderr, cancellation,
                progress);
            Summary.Write(stdout, result, input, written, threshold, exitCode, drift, onlyNew);
            if (store is not null)
                progress.Recording();
            store?.Record(result, run, exitCode);
            if (store is not null)
                log.Information("Run {RunId} recorded in the history {HistoryPath}", run.RunId, store.Path);
            log.Information("Scan finished with exit code {ExitCode}", exitCode);
            return exitCode;
        });
        return command;
    }

    /// <summary>Disposes the signing key when the scan is done.</summary>
    private sealed record DisposableOptions(ReportOptions Options) : IDisposable
    {
        public void Dispose() => Options.SigningKey?.Dispose();
    }

    /// <summary>With a drift (--fail-on-new), only failures that are new since the baseline run count.</summary>
    internal static int Decide(EvaluationResult result, string failOn, RunDrift? onlyNewSince = null)
    {
        if (!result.IsComplete)
            return ExitCodes.Incomplete;
        if (failOn == "never")
            return ExitCodes.Success;
        SeverityNames.TryParse(failOn, out var threshold);
        var failures = onlyNewSince is null ? result.FailuresAtOrAbove(threshold) : onlyNewSince.NewlyFailingAtOrAbove(threshold);
        return failures > 0 ? ExitCodes.Failures : ExitCodes.Success;
    }
}
