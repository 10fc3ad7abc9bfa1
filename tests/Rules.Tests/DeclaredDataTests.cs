using ComplianceEngine.Engine.People;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Rules.Tests;

/// <summary>
/// Every built-in rule declares every dataset it reads, proved over all rules at once without naming one: each
/// dataset is withheld from the sample — from one source, and from one scope of it — as a collector would have
/// written it, and every result must equal the complete run's or be Error. Never a Pass that was a Fail, never an
/// item that silently disappears, and results outside what was withheld stay exactly as they were.
/// </summary>
public sealed class DeclaredDataTests
{
    private static readonly FactSnapshot Sample = SnapshotSerializer.Read(Repository.PathOf("samples", "sample-tenant.snapshot.json"));
    private static readonly EvaluationResult Complete = Evaluate(Sample);
    private static readonly FactSnapshot SampleWithPeople = PersonModel.WithPeople(Sample, IdentityLinkSettings.Default);

    // An AWS identity shares its IAM user's key: the collected fact stands for both.
    private static readonly Dictionary<string, Fact> SampleFacts = AllFacts(SampleWithPeople).GroupBy(f => f.Resource.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Per joined fact (person model), the sources on the other side of its join and the keys of the facts it was built from.</summary>
    private static readonly Dictionary<string, (HashSet<string> Sources, List<string> Keys)> Joins = JoinsOf(SampleWithPeople.Facts.People!);

    /// <summary>Per member holding Azure roles through a group, the key of the group's own principal.</summary>
    private static readonly Dictionary<string, string> GroupOf = SampleWithPeople.Facts.People!.AzurePrincipals.Where(a => a.ViaGroup)
        .ToDictionary(a => a.Resource.Key, a => SampleWithPeople.Facts.People!.AzurePrincipals
            .Single(g => g.IsGroup && g.Subscription == a.Subscription && string.Equals(g.PrincipalId, a.Group!.Id, StringComparison.OrdinalIgnoreCase)).Resource.Key, StringComparer.Ordinal);

    public static TheoryData<string, string, string?> Withholdings()
    {
        var cases = new TheoryData<string, string, string?>();
        foreach (var dataset in Datasets.All)
        {
            foreach (var source in Sample.Sources.Where(s => s.Provider == Datasets.ProviderOf(dataset)).OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                cases.Add(dataset, source.Id, null);
                foreach (var scope in ScopesOf(dataset, source.Id))
                    cases.Add(dataset, source.Id, scope);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Withholdings))]
    public void Withholding_a_dataset_turns_results_into_Error_or_leaves_them_as_they_were(string dataset, string sourceId, string? scope)
    {
        var (partial, changed) = DatasetWithholding.Withhold(Sample, dataset, sourceId, scope);

        AssertOnlyErrorsWhereDataIsMissing(Evaluate(partial), sourceId, scope, changed);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_failed_source_turns_its_results_into_Error_and_leaves_the_others_as_they_were(string sourceId)
    {
        var snapshot = Sample;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var source = Sample.Sources.Single(s => s.Id == sourceId);
        foreach (var dataset in Datasets.Of(source.Provider))
        {
            (snapshot, var keys) = DatasetWithholding.Withhold(snapshot, dataset, sourceId, null);
            changed.UnionWith(keys);
        }
        snapshot = snapshot with
        {
            Sources = snapshot.Sources.Select(s => s.Id == sourceId ? s with { Status = CollectionState.Failed, Reason = "401 Unauthorized" } : s).ToList(),
        };

        AssertOnlyErrorsWhereDataIsMissing(Evaluate(snapshot), sourceId, null, changed);
    }

    public static TheoryData<string> Sources() => new(Sample.Sources.Select(s => s.Id));

    /// <summary>A subscription or region of the source where the dataset has them, and the item scope of the first fact
    /// whose data the dataset provides.</summary>
    private static IEnumerable<string> ScopesOf(string dataset, string sourceId)
    {
        var (_, changed) = DatasetWithholding.Withhold(Sample, dataset, sourceId, null);
        var facts = AllFacts(Sample).Where(f => f.SourceId == sourceId).ToList();
        var scopes = facts.Where(f => changed.Contains(f.Resource.Key))
            .SelectMany(f => f.DataScopes.Where(s => !DataScope.IsItem(s)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(1).ToList();
        if (!DatasetWithholding.Listings.Contains(dataset) && facts.FirstOrDefault(f => changed.Contains(f.Resource.Key)) is { } first)
            scopes.Add(DataScope.Item(first.Resource.Key));
        return scopes;
    }

    private static void AssertOnlyErrorsWhereDataIsMissing(EvaluationResult partial, string sourceId, string? scope, IReadOnlySet<string> changed)
    {
        var partialSnapshot = partial.Snapshot;
        var sourceFacts = AllFacts(Sample).Where(f => f.SourceId == sourceId).ToList();
        var inPart = sourceFacts.Where(f => scope is null || f.DataScopes.Contains(scope)).Select(f => f.Resource.Key).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (complete, after) in Complete.Rules.Zip(partial.Rules))
        {
            var id = complete.Descriptor.Id;
            // A rule deciding a fact from many others (a count) depends on every fact of the source.
            var aggregate = BuiltInRules.Create().Single(r => r.Descriptor.Id == id).DecidesEveryFact;
            bool Direct(string key) => inPart.Contains(key) || changed.Contains(key) || (aggregate && sourceFacts.Any(f => f.Resource.Key == key));
            // A join is complete only where every side is: a joined fact is touched through any fact it was built from,
            // and by any source on the other side of its join.
            bool Touched(string key) => Direct(key) || (Joins.TryGetValue(key, out var join) && (join.Sources.Contains(sourceId) || join.Keys.Any(Direct)));

            var before = PerFact(complete);
            var now = PerFact(after);
            var scopeErrors = after.Findings.Where(f => f is { Subject: null, Outcome: Outcome.Error }).ToList();
            var covered = scopeErrors.SelectMany(f => (IEnumerable<string>)f.Observed["affected"]!).ToHashSet(StringComparer.Ordinal);
            // A fact that is gone (its listing was withheld) must be stood for by an Error for its source or its scope.
            bool StoodFor(Fact gone) => scopeErrors.Any(e => (string)e.Observed["source"]! == gone.SourceId
                && (!e.Observed.TryGetValue("scope", out var s) || gone.DataScopes.Contains((string)s!)));
            foreach (var (key, outcome) in before)
            {
                if (!now.TryGetValue(key, out var result))
                {
                    // A member holding through a group whose members are now unknown is gone: the group's Error stands for it.
                    var stoodFor = Present(partialSnapshot, key) ? covered.Contains(key)
                        : StoodFor(SampleFacts[key]) || (GroupOf.TryGetValue(key, out var group) && (covered.Contains(group) || now.GetValueOrDefault(group) == Outcome.Error));
                    if (!stoodFor || !Touched(key))
                        problems.Add($"{id} {key}: {outcome} in the complete run, silently missing now");
                }
                else if (result != outcome && (result != Outcome.Error || !Touched(key)))
                    problems.Add($"{id} {key}: {outcome} in the complete run, {result} now{(Touched(key) ? "" : " (its data was not withheld)")}");
            }
            foreach (var (key, outcome) in now.Where(n => !before.ContainsKey(n.Key) && n.Value != Outcome.Error))
                problems.Add($"{id} {key}: no result in the complete run, {outcome} now");
        }
        problems.ShouldBeEmpty();
    }

    private static Dictionary<string, Outcome> PerFact(RuleEvaluation rule) =>
        rule.All.Where(f => f.Subject is not null).ToDictionary(f => f.Resource.Key, f => f.Outcome, StringComparer.Ordinal);

    private static bool Present(FactSnapshot s, string key) => AllFacts(s).Any(f => f.Resource.Key == key);

    private static IEnumerable<Fact> AllFacts(FactSnapshot s) =>
        [.. s.Facts.EntraTenants, .. s.Facts.EntraUsers, .. s.Facts.AwsAccounts, .. s.Facts.AwsIamUsers, .. s.Facts.AwsIamRoles, .. s.Facts.AwsIamPolicies, .. s.Facts.AzureSubscriptions, .. s.Facts.CloudResources,
         .. s.Facts.EntraGroups,
         .. s.Facts.People?.Persons ?? [], .. s.Facts.People?.AzurePrincipals ?? [], .. s.Facts.People?.AwsIdentities ?? [],
         .. s.Facts.AwsIdentityCenterUsers];

    private static Dictionary<string, (HashSet<string> Sources, List<string> Keys)> JoinsOf(PeopleFacts people)
    {
        var joins = new Dictionary<string, (HashSet<string>, List<string>)>(StringComparer.Ordinal);
        // Anyone in a tenant may be a member of a group holding Azure roles there: a person is built from those groups too.
        var groupsOf = people.AzurePrincipals.Where(a => a.Group is not null)
            .ToLookup(a => a.Subscription.TenantId ?? string.Empty, a => a.Group!.Resource.Key, StringComparer.OrdinalIgnoreCase);
        foreach (var p in people.Persons)
            joins[p.Resource.Key] = ([.. p.JoinedSources], [p.User.Resource.Key, .. p.Aws.Select(a => a.Resource.Key), .. p.Azure.Select(a => a.Subscription.Resource.Key),
                .. groupsOf[p.User.TenantId], .. p.IdentityCenter.Select(c => c.Resource.Key)]);
        foreach (var a in people.AzurePrincipals)
            joins[a.Resource.Key] = ([.. a.JoinedSources], [a.Subscription.Resource.Key, .. a.User is null ? [] : new[] { a.User.Resource.Key },
                .. a.Group is null ? [] : new[] { a.Group.Resource.Key }]);
        foreach (var a in people.AwsIdentities)
            joins[a.Resource.Key] = ([.. a.JoinedSources, .. a.IdentityCenterSources], [a.IamUser.Resource.Key, .. a.Person is null ? [] : new[] { a.Person.Resource.Key }]);
        foreach (var c in people.IdentityCenterIdentities)
            joins[c.Resource.Key] = ([.. c.JoinedSources], [c.User.Resource.Key, .. c.Person is null ? [] : new[] { c.Person.Resource.Key }]);
        return joins;
    }

    private static EvaluationResult Evaluate(FactSnapshot snapshot) => new Evaluator(ComplianceConfig.Default).Evaluate(snapshot, BuiltInRules.Create());
}
