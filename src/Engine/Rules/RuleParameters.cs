using System.Collections.Frozen;

namespace ComplianceEngine.Engine.Rules;

/// <summary>
/// The parameter values one rule sees: its descriptor's defaults, overridden by the configuration's shared
/// parameters, overridden by the rule's own section.
/// </summary>
public sealed class RuleParameters
{
    private readonly IReadOnlyDictionary<string, object> _values;

    public RuleParameters(IReadOnlyDictionary<string, object> values) => _values = values;

    public static RuleParameters Defaults(RuleDescriptor descriptor) =>
        new(descriptor.Parameters.ToDictionary(p => p.Name, p => p.Default));

    public int Int(ParameterDescriptor p) => (int)Get(p);
    public bool Bool(ParameterDescriptor p) => (bool)Get(p);
    public string String(ParameterDescriptor p) => (string)Get(p);

    public IReadOnlyList<string> Strings(ParameterDescriptor p) => (IReadOnlyList<string>)Get(p);

    /// <summary>A string list as a case-insensitive set, for membership tests in rule conditions.</summary>
    public FrozenSet<string> Set(ParameterDescriptor p) =>
        Strings(p).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, object> Values => _values;

    private object Get(ParameterDescriptor p) =>
        _values.TryGetValue(p.Name, out var value) ? value : p.Default;
}
