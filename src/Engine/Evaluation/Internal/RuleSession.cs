using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace ComplianceEngine.Engine.Evaluation.Internal;

/// <summary>Compiles the enabled rules into one NRules session, inserts the snapshot's facts and fires.</summary>
internal static class RuleSession
{
    public static DecisionSink Run(IReadOnlyList<IComplianceRule> rules, FactSnapshot snapshot)
    {
        var definitions = new List<IRuleDefinition>(rules.Count);
        var factory = new RuleDefinitionFactory();
        foreach (var rule in rules)
        {
            definitions.Add(rule switch
            {
                Rule fluent => factory.Create(fluent),
                IDefinedRule defined => defined.Definition,
                _ => throw new ArgumentException($"Rule {rule.Descriptor.Id} is neither an NRules Fluent rule nor a defined rule."),
            });
        }

        var compiler = new RuleCompiler();
        // Facts are records with value equality; identity in the session must be the instance.
        compiler.FactIdentityComparerRegistry.DefaultFactIdentityComparer = ReferenceEqualityComparer.Instance;
        var session = compiler.Compile(definitions).CreateSession();
        var sink = new DecisionSink();
        session.DependencyResolver = sink;

        // Only the fact types some rule reads go into the network: the rest would cost an insert each for nothing.
        var types = rules.SelectMany(r => r is IReadsFactTypes reads ? reads.FactTypes : [r.FactType]).ToHashSet();
        foreach (var type in types)
            session.InsertAll(snapshot.Facts.OfType(type));
        session.Fire();
        return sink;
    }
}
