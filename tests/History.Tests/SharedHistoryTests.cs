using ComplianceEngine.Engine;
using ComplianceEngine.Engine.Evaluation;
using static ComplianceEngine.History.Tests.Runs;

namespace ComplianceEngine.History.Tests;

/// <summary>What many tenants sharing one history need: the latest run of each, every run, no duplicate, moving runs between stores.</summary>
public sealed class SharedHistoryTests
{
    private const string Both = nameof(Stores.Both);

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void The_latest_run_of_every_source_set_is_listed_once_by_source_set(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        store.Record(Run(0, scope: "entra:fabrikam"), []);
        var fabrikam = Run(1, scope: "entra:fabrikam") with { ExitCode = 1 };
        store.Record(fabrikam, [Result("bob", Outcome.Fail)]);
        var contoso = store.Record(0, Result("bob", Outcome.Fail));
        store.Record(Run(-3, scope: "aws:111111111111"), []);

        var latest = store.LatestRuns();

        latest.Select(r => r.Scope).ShouldBe(["aws:111111111111", Scope, "entra:fabrikam"]);
        latest.Select(r => r.RunId).ShouldBe([latest[0].RunId, contoso.RunId, fabrikam.RunId]);
        latest[2].ExitCode.ShouldBe(1);
        store.AllRuns().Select(r => r.Scope).ShouldBe(["aws:111111111111", Scope, "entra:fabrikam", "entra:fabrikam"]);
        store.AllRuns()[3].FinishedAt.ShouldBeLessThan(store.AllRuns()[2].FinishedAt);
    }

    [Theory, MemberData(Both, MemberType = typeof(Stores))]
    public void A_run_id_lands_once(StoreKind kind)
    {
        using var t = new TestStore(kind);
        using var store = t.Open();
        var run = store.Record(0, Result("bob", Outcome.Fail));

        Should.Throw<Exception>(() => store.Record(run, [Result("bob", Outcome.Fail)]));

        store.Runs().ShouldHaveSingleItem();
        store.Results(store.Runs()[0]).ShouldHaveSingleItem();
    }

    public static TheoryData<StoreKind, StoreKind> Pairs()
    {
        var pairs = new TheoryData<StoreKind, StoreKind> { { StoreKind.Sqlite, StoreKind.Sqlite } };
        if (Stores.Server is not null)
        {
            pairs.Add(StoreKind.Sqlite, StoreKind.Postgres);
            pairs.Add(StoreKind.Postgres, StoreKind.Sqlite);
        }
        return pairs;
    }

    [Theory, MemberData(nameof(Pairs))]
    public void Export_then_import_moves_every_run_as_it_was_and_importing_again_adds_nothing(StoreKind from, StoreKind to)
    {
        using var source = new TestStore(from);
        using var target = new TestStore(to);
        var file = source.Dir.File("history.jsonl.gz");
        using (var store = source.Open())
        {
            store.Record(0, Result("bob", Outcome.Fail), Result("alice", Outcome.Pass), Result("svc", Outcome.Pass, rule: "AWS-IAM-01"));
            store.Record(Run(1, complete: false) with { ExitCode = 2, CollectedAt = Night, Organization = "Contoso 株式会社", Drift = new(1, 0, 2) },
                [Result("bob", Outcome.Error), Result("carol", Outcome.Fail)]);
            HistoryExport.Write(store, file, "test").ShouldBe(2);
        }
        // A run the target already has is left alone.
        using (var store = target.Open())
        using (var origin = source.Open())
            store.Import(origin.RecordOf(origin.Runs()[1]), origin.Results(origin.Runs()[1])).ShouldBeTrue();

        using var imported = target.Open();
        HistoryExport.Read(imported, file).ShouldBe(new ImportCounts(1, 1));
        HistoryExport.Read(imported, file).ShouldBe(new ImportCounts(0, 2));

        using var original = source.Open();
        imported.Runs().Select(r => r with { Sources = [] }).ShouldBe(original.Runs().Select(r => r with { Sources = [] }));
        foreach (var run in original.Runs())
        {
            imported.Find(run.RunId).Sources.ShouldBe(run.Sources);
            imported.Results(run).OrderBy(r => r.ResourceKey).ShouldBe(original.Results(run).OrderBy(r => r.ResourceKey));
            Rules(imported.RecordOf(run)).ShouldBe(Rules(original.RecordOf(run)));
        }
        Trends(imported).ShouldBe(Trends(original));
    }

    private static List<string> Rules(RunRecord run) =>
        run.Rules.Select(r => $"{r.RuleId} {r.Severity} {r.Pass}/{r.Fail}/{r.Waived}/{r.NotApplicable}/{r.Error} {string.Join(",", r.Controls.Select(c => c.Framework + ":" + c.Id))}").ToList();

    private static List<string> Trends(HistoryStore store) =>
        store.ControlPassRates(Scope).Select(c => $"{c.Framework}:{c.ControlId} {string.Join(",", c.RuleIds)} {string.Join(" ", c.Points)}").ToList();

    [Fact]
    public void A_broken_export_file_is_bad_input_naming_the_line()
    {
        using var t = new TestStore(StoreKind.Sqlite);
        using var store = t.Open();
        var file = t.Dir.File("broken.jsonl");
        File.WriteAllLines(file, ["{\"format\":\"compliance-history-export\",\"version\":1,\"exportedAt\":\"2026-01-01T00:00:00Z\",\"toolVersion\":\"x\",\"runs\":1}",
            "{\"run\":" + System.Text.Json.JsonSerializer.Serialize(Run(0), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)) + "}",
            "[\"ENT-MFA-01\",\"entra/contoso/user/bob\",\"bob\",\"sideways\",\"error\"]"]);

        var error = Should.Throw<InputException>(() => HistoryExport.Read(store, file));

        error.Line.ShouldBe(3);
        store.Runs().ShouldBeEmpty();
    }
}
