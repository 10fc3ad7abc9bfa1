using ComplianceEngine.Engine.Drift;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ComplianceEngine.History.Internal.Sqlite;

/// <summary>Inserts one run, its sources, rule counts, controls and every result inside the caller's transaction.</summary>
internal static class SqliteRunWriter
{
    public static long Insert(SqliteConnection c, SqliteTransaction t, RunRecord run, IEnumerable<ResultRecord> results, CancellationToken cancellation)
    {
        var id = (long)Sql.Scalar(c, t, """
            INSERT INTO runs (run_id, scope, started_at, finished_at, collected_at, organization, complete, exit_code, tool_version,
                config_path, config_sha256, snapshot_path, snapshot_sha256, pass, fail, waived, not_applicable, error,
                new_failures, regressions, resolved)
            VALUES ($id, $scope, $started, $finished, $collected, $org, $complete, $exit, $tool, $configPath, $configSha,
                $snapshotPath, $snapshotSha, $pass, $fail, $waived, $na, $error, $new, $regressions, $resolved)
            RETURNING id
            """,
            ("$id", run.RunId), ("$scope", run.Scope), ("$started", Sql.Time(run.StartedAt)), ("$finished", Sql.Time(run.FinishedAt)),
            ("$collected", run.CollectedAt is { } at ? Sql.Time(at) : null), ("$org", run.Organization), ("$complete", run.Complete),
            ("$exit", run.ExitCode), ("$tool", run.ToolVersion), ("$configPath", run.ConfigPath), ("$configSha", run.ConfigSha256),
            ("$snapshotPath", run.SnapshotPath), ("$snapshotSha", run.SnapshotSha256),
            ("$pass", run.Rules.Sum(r => r.Pass)), ("$fail", run.Rules.Sum(r => r.Fail)), ("$waived", run.Rules.Sum(r => r.Waived)),
            ("$na", run.Rules.Sum(r => r.NotApplicable)), ("$error", run.Rules.Sum(r => r.Error)),
            ("$new", run.Drift?.NewFailures), ("$regressions", run.Drift?.Regressions), ("$resolved", run.Drift?.Resolved))!;

        foreach (var source in run.Sources)
            Sql.Execute(c, t, "INSERT OR REPLACE INTO run_sources VALUES ($run, $id, $provider, $status, $reason)",
                ("$run", id), ("$id", source.Id), ("$provider", source.Provider), ("$status", source.Status), ("$reason", source.Reason));
        foreach (var rule in run.Rules)
        {
            Sql.Execute(c, t, "INSERT OR REPLACE INTO rule_counts VALUES ($run, $rule, $severity, $pass, $fail, $waived, $na, $error)",
                ("$run", id), ("$rule", rule.RuleId), ("$severity", Codes.Of(rule.Severity)), ("$pass", rule.Pass), ("$fail", rule.Fail),
                ("$waived", rule.Waived), ("$na", rule.NotApplicable), ("$error", rule.Error));
            foreach (var control in rule.Controls)
                Sql.Execute(c, t, "INSERT OR IGNORE INTO rule_controls VALUES ($run, $rule, $framework, $control)",
                    ("$run", id), ("$rule", rule.RuleId), ("$framework", control.Framework), ("$control", control.Id));
        }
        InsertResults(c, t, id, results, cancellation);
        return id;
    }

    private static void InsertResults(SqliteConnection c, SqliteTransaction t, long run, IEnumerable<ResultRecord> results, CancellationToken cancellation)
    {
        // Most rule × resource pairs exist from earlier nights: look them up, and write a key only when it is new or renamed.
        using var find = Sql.Command(c, t, "SELECT id, display_name FROM result_keys WHERE rule_id = $rule AND resource_key = $resource",
            ("$rule", ""), ("$resource", ""));
        using var insertKey = Sql.Command(c, t, "INSERT INTO result_keys (rule_id, resource_key, display_name) VALUES ($rule, $resource, $name) RETURNING id",
            ("$rule", ""), ("$resource", ""), ("$name", ""));
        using var rename = Sql.Command(c, t, "UPDATE result_keys SET display_name = $name WHERE id = $id", ("$name", ""), ("$id", 0L));
        // Two results for one rule × resource keep the failing one (code 1): a failure is never hidden by a pass.
        using var result = Sql.Command(c, t, """
            INSERT INTO results (run, key, outcome, severity) VALUES ($run, $key, $outcome, $severity)
            ON CONFLICT (run, key) DO UPDATE SET outcome = excluded.outcome WHERE excluded.outcome = 1
            """, ("$run", run), ("$key", 0L), ("$outcome", 0), ("$severity", 0));
        foreach (var command in new[] { find, insertKey, rename, result })
            command.Prepare();
        var count = 0;
        foreach (var record in results)
        {
            if (++count % 1000 == 0)
                cancellation.ThrowIfCancellationRequested();
            result.Parameters["$key"].Value = KeyOf(record, find, insertKey, rename);
            result.Parameters["$outcome"].Value = Codes.Of(record.Outcome);
            result.Parameters["$severity"].Value = Codes.Of(record.Severity);
            result.ExecuteNonQuery();
        }
    }

    private static long KeyOf(ResultRecord record, DbCommand find, DbCommand insertKey, DbCommand rename)
    {
        find.Parameters["$rule"].Value = record.RuleId;
        find.Parameters["$resource"].Value = record.ResourceKey;
        using (var reader = find.ExecuteReader())
        {
            if (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (reader.GetString(1) != record.DisplayName)
                {
                    rename.Parameters["$name"].Value = record.DisplayName;
                    rename.Parameters["$id"].Value = id;
                    rename.ExecuteNonQuery();
                }
                return id;
            }
        }
        insertKey.Parameters["$rule"].Value = record.RuleId;
        insertKey.Parameters["$resource"].Value = record.ResourceKey;
        insertKey.Parameters["$name"].Value = record.DisplayName;
        return (long)insertKey.ExecuteScalar()!;
    }
}
