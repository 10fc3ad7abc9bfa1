using ComplianceEngine.Engine.Drift;
using Npgsql;
using NpgsqlTypes;

namespace ComplianceEngine.History.Internal.Postgres;

/// <summary>Inserts one run inside the caller's transaction: the run row and its small tables statement by statement,
/// the results streamed with COPY into a temporary table and merged into <c>result_keys</c>/<c>results</c> in four
/// set-based statements.</summary>
internal static class PostgresRunWriter
{
    public static long Insert(PostgresRunStore s, NpgsqlTransaction t, RunRecord run, IEnumerable<ResultRecord> results, CancellationToken cancellation)
    {
        var c = (NpgsqlConnection)s.Connection;
        var id = (long)Sql.Scalar(c, t, """
            INSERT INTO runs (run_id, scope, started_at, finished_at, collected_at, organization, complete, exit_code, tool_version,
                config_path, config_sha256, snapshot_path, snapshot_sha256, pass, fail, waived, not_applicable, error,
                new_failures, regressions, resolved)
            VALUES (@id, @scope, @started, @finished, @collected, @org, @complete, @exit, @tool, @configPath, @configSha,
                @snapshotPath, @snapshotSha, @pass, @fail, @waived, @na, @error, @new, @regressions, @resolved)
            RETURNING id
            """,
            ("@id", run.RunId), ("@scope", run.Scope), ("@started", s.Time(run.StartedAt)), ("@finished", s.Time(run.FinishedAt)),
            ("@collected", run.CollectedAt is { } at ? s.Time(at) : null), ("@org", run.Organization), ("@complete", run.Complete),
            ("@exit", run.ExitCode), ("@tool", run.ToolVersion), ("@configPath", run.ConfigPath), ("@configSha", run.ConfigSha256),
            ("@snapshotPath", run.SnapshotPath), ("@snapshotSha", run.SnapshotSha256),
            ("@pass", run.Rules.Sum(r => r.Pass)), ("@fail", run.Rules.Sum(r => r.Fail)), ("@waived", run.Rules.Sum(r => r.Waived)),
            ("@na", run.Rules.Sum(r => r.NotApplicable)), ("@error", run.Rules.Sum(r => r.Error)),
            ("@new", run.Drift?.NewFailures), ("@regressions", run.Drift?.Regressions), ("@resolved", run.Drift?.Resolved))!;

        foreach (var source in run.Sources)
            Sql.Execute(c, t, """
                INSERT INTO run_sources VALUES (@run, @id, @provider, @status, @reason)
                ON CONFLICT (run, source_id) DO UPDATE SET provider = excluded.provider, status = excluded.status, reason = excluded.reason
                """, ("@run", id), ("@id", source.Id), ("@provider", source.Provider), ("@status", source.Status), ("@reason", source.Reason));
        foreach (var rule in run.Rules)
        {
            Sql.Execute(c, t, """
                INSERT INTO rule_counts VALUES (@run, @rule, @severity, @pass, @fail, @waived, @na, @error)
                ON CONFLICT (run, rule_id) DO UPDATE SET severity = excluded.severity, pass = excluded.pass, fail = excluded.fail,
                    waived = excluded.waived, not_applicable = excluded.not_applicable, error = excluded.error
                """, ("@run", id), ("@rule", rule.RuleId), ("@severity", (short)Codes.Of(rule.Severity)), ("@pass", rule.Pass), ("@fail", rule.Fail),
                ("@waived", rule.Waived), ("@na", rule.NotApplicable), ("@error", rule.Error));
            foreach (var control in rule.Controls)
                Sql.Execute(c, t, "INSERT INTO rule_controls VALUES (@run, @rule, @framework, @control) ON CONFLICT DO NOTHING",
                    ("@run", id), ("@rule", rule.RuleId), ("@framework", control.Framework), ("@control", control.Id));
        }
        InsertResults(c, t, id, results, cancellation);
        return id;
    }

    private static void InsertResults(NpgsqlConnection c, NpgsqlTransaction t, long run, IEnumerable<ResultRecord> results, CancellationToken cancellation)
    {
        Sql.Execute(c, t, """
            CREATE TEMP TABLE incoming (ordinal integer NOT NULL, rule_id text NOT NULL, resource_key text NOT NULL, display_name text NOT NULL,
                outcome smallint NOT NULL, severity smallint NOT NULL) ON COMMIT DROP
            """);
        var ordinal = 0;
        using (var copy = c.BeginBinaryImport("COPY incoming FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var record in results)
            {
                if (++ordinal % 1000 == 0)
                    cancellation.ThrowIfCancellationRequested();
                copy.StartRow();
                copy.Write(ordinal, NpgsqlDbType.Integer);
                copy.Write(record.RuleId, NpgsqlDbType.Text);
                copy.Write(record.ResourceKey, NpgsqlDbType.Text);
                copy.Write(record.DisplayName, NpgsqlDbType.Text);
                copy.Write((short)Codes.Of(record.Outcome), NpgsqlDbType.Smallint);
                copy.Write((short)Codes.Of(record.Severity), NpgsqlDbType.Smallint);
            }
            copy.Complete();
        }
        Sql.Execute(c, t, "ANALYZE incoming");
        // A pair's display name is the last one seen (a renamed user shows under the new name, as in SQLite). Only new
        // and renamed pairs are sorted: the million that exist from earlier nights are matched by a hash join.
        Sql.Execute(c, t, """
            INSERT INTO result_keys (rule_id, resource_key, display_name)
            SELECT DISTINCT ON (i.rule_id, i.resource_key) i.rule_id, i.resource_key, i.display_name FROM incoming i
            WHERE NOT EXISTS (SELECT 1 FROM result_keys k WHERE k.rule_id = i.rule_id AND k.resource_key = i.resource_key)
            ORDER BY i.rule_id, i.resource_key, i.ordinal DESC
            ON CONFLICT (rule_id, resource_key) DO NOTHING
            """);
        Sql.Execute(c, t, """
            UPDATE result_keys k SET display_name = n.display_name
            FROM (SELECT DISTINCT ON (i.rule_id, i.resource_key) i.rule_id, i.resource_key, i.display_name FROM incoming i
                  WHERE (i.rule_id, i.resource_key) IN (
                      SELECT x.rule_id, x.resource_key FROM incoming x
                      JOIN result_keys old ON old.rule_id = x.rule_id AND old.resource_key = x.resource_key
                      WHERE old.display_name <> x.display_name)
                  ORDER BY i.rule_id, i.resource_key, i.ordinal DESC) n
            WHERE k.rule_id = n.rule_id AND k.resource_key = n.resource_key AND k.display_name <> n.display_name
            """);
        // Two results for one rule × resource keep the first, unless a later one fails (code 1): a failure is never
        // hidden by a pass. Pairs are inserted once in no particular order; only when some pair came twice (fewer rows
        // inserted than streamed) are those pairs set to what the file order decides.
        var inserted = Sql.Execute(c, t, """
            INSERT INTO results (run, key, outcome, severity)
            SELECT @run, k.id, i.outcome, i.severity FROM incoming i
            JOIN result_keys k ON k.rule_id = i.rule_id AND k.resource_key = i.resource_key
            ON CONFLICT (run, key) DO NOTHING
            """, ("@run", run));
        if (inserted == ordinal)
            return;
        Sql.Execute(c, t, """
            UPDATE results r SET outcome = d.outcome, severity = d.severity
            FROM (SELECT DISTINCT ON (i.rule_id, i.resource_key) i.rule_id, i.resource_key, i.severity,
                         CASE WHEN bool_or(i.outcome = 1) OVER (PARTITION BY i.rule_id, i.resource_key) THEN 1 ELSE i.outcome END AS outcome
                  FROM incoming i
                  WHERE (i.rule_id, i.resource_key) IN (SELECT rule_id, resource_key FROM incoming GROUP BY rule_id, resource_key HAVING count(*) > 1)
                  ORDER BY i.rule_id, i.resource_key, i.ordinal) d
            JOIN result_keys k ON k.rule_id = d.rule_id AND k.resource_key = d.resource_key
            WHERE r.run = @run AND r.key = k.id
            """, ("@run", run));
    }
}
