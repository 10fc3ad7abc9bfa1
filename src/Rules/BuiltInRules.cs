using System.Reflection;
using ComplianceEngine.Engine.Rules;

namespace ComplianceEngine.Rules;

/// <summary>
/// The built-in rule catalogue: every concrete rule class in this assembly. Rules are bound to one evaluation,
/// so each run asks for fresh instances.
/// </summary>
public static class BuiltInRules
{
    private static readonly Type[] RuleTypes = typeof(BuiltInRules).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IComplianceRule).IsAssignableFrom(t)
                    && t.GetConstructor(Type.EmptyTypes) is not null)
        .ToArray();

    public static IReadOnlyList<IComplianceRule> Create() =>
        RuleTypes.Select(t => (IComplianceRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = Create().Select(r => r.Descriptor).ToList();
}
