using System.Diagnostics;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation.Internal;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using Serilog;

namespace ComplianceEngine.Engine.Evaluation;

/// <summary>
/// Evaluates a snapshot: binds the enabled rules to their parameters, fires them in one NRules session, then
/// gives every rule × in-scope fact an outcome in one linear pass, and applies waivers.
/// </summary>
public sealed class Evaluator(ComplianceConfig config, ILogger? logger = null)
{
    private readonly ILogger _log = logger ?? Serilog.Core.Logger.None;

    /// <param name="rules">Fresh rule instances (they are bound to this evaluation's parameters and time).</param>
    public EvaluationResult Evaluate(FactSnapshot snapshot, IEnumerable<IComplianceRule> rules)
    {
        var started = Stopwatch.StartNew();
        var enabled = new List<(IComplianceRule Rule, Severity Severity)>();
        foreach (var rule in rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal))
        {
            var severity = config.SeverityOf(rule.Descriptor);
            if (severity == Severity.None)
                continue;
            rule.Bind(config.ParametersFor(rule.Descriptor), snapshot.CollectedAt);
            enabled.Add((rule, severity));
        }

        // The person model joins the sources once, and only when a rule reads it.
        if (enabled.Any(e => People.PeopleFacts.Types.Contains(e.Rule.FactType)))
            snapshot = People.PersonModel.WithPeople(snapshot, config.IdentityLinks);

        var sink = RuleSession.Run(enabled.Select(e => e.Rule).ToList(), snapshot);
        _log.Debug("Fired {RuleCount} rules over {FactCount} facts in {ElapsedMs} ms",
            enabled.Count, snapshot.Facts.Count, started.ElapsedMilliseconds);

        var waivers = new WaiverBook(config.Waivers, snapshot.CollectedAt, config.WaiverWarningDays, snapshot.Facts);
        var evaluations = enabled
            .Select(e => new OutcomeBuilder(e.Rule, e.Severity, snapshot, sink.DecisionsOf(e.Rule), waivers).Build())
            .ToList();

        var result = new EvaluationResult(snapshot, config, evaluations, waivers.Uses(), DateTimeOffset.UtcNow, started.Elapsed);
        foreach (var use in result.Waivers.Where(u => u.AmbiguousScopes.Count > 0))
            _log.Warning("Waiver {WaiverPath} names {Resource}, which matches resources in {ScopeCount} scopes ({Scopes}); it waives nothing by name until it gets a 'scope'",
                use.Waiver.JsonPath, use.Waiver.Resource, use.AmbiguousScopes.Count, string.Join(", ", use.AmbiguousScopes));
        _log.Information("Evaluated {RuleCount} rules: {Fail} fail, {Pass} pass, {Waived} waived, {Error} error, {NotApplicable} not applicable in {ElapsedMs} ms",
            evaluations.Count, result.Count(Outcome.Fail), result.Count(Outcome.Pass), result.Count(Outcome.Waived),
            result.Count(Outcome.Error), result.Count(Outcome.NotApplicable), started.ElapsedMilliseconds);
        return result;
    }
}
