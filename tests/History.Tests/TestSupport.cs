using ComplianceEngine.Engine.Drift;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.History.Tests;

/// <summary>Small factory for runs and results: a test states the outcomes that matter to it.</summary>
internal static class Runs
{
    public const string Scope = "aws:123456789012,entra:contoso";
    public static readonly DateTimeOffset Night = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);
    private static int _next;

    public static ResultRecord Result(string user, Outcome outcome, string rule = "ENT-MFA-01") =>
        new(rule, $"entra/contoso/user/{user}", $"{user}@contoso.example", outcome, Severity.Error);

    public static RunRecord Run(int night = 0, string scope = Scope, bool complete = true, params ResultRecord[] results)
    {
        var n = Interlocked.Increment(ref _next);
        return new RunRecord
        {
            RunId = $"{n:D4}{Guid.NewGuid():N}"[..32],
            Scope = scope,
            StartedAt = Night.AddDays(night),
            FinishedAt = Night.AddDays(night).AddMinutes(1),
            Complete = complete,
            ConfigSha256 = new string('c', 64),
            SnapshotSha256 = new string('s', 64),
            Sources = scope.Split(',').Select(id => new SourceRecord(id, id.Split(':')[0], "complete", null)).ToList(),
            Rules = results.GroupBy(r => r.RuleId).Select(g => new RuleRecord(g.Key, Severity.Error,
                g.Count(r => r.Outcome == Outcome.Pass), g.Count(r => r.Outcome == Outcome.Fail), g.Count(r => r.Outcome == Outcome.Waived),
                g.Count(r => r.Outcome == Outcome.NotApplicable), g.Count(r => r.Outcome == Outcome.Error),
                [new ControlReference(ControlReference.Iso27001, g.Key.StartsWith("ENT-MFA") ? "A.8.5" : "A.5.15")])).ToList(),
        };
    }

    /// <summary>Records a run with its results; returns the run.</summary>
    public static RunRecord Record(this HistoryStore store, int night, params ResultRecord[] results)
    {
        var run = Run(night, results: results);
        store.Record(run, results);
        return run;
    }
}

/// <summary>A temporary folder, removed afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("history-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
