namespace ComplianceEngine.Engine.Rules;

public enum ParameterKind
{
    Integer,
    Boolean,
    String,
    StringList,
}

/// <summary>
/// A rule parameter (analyzer option) that rules.json may set: its name, type, default and meaning.
/// Shared parameters (allowed countries, break-glass accounts) are declared once in
/// <see cref="SharedParameters"/> and read by several rules.
/// </summary>
public sealed record ParameterDescriptor(string Name, ParameterKind Kind, object Default, string Description)
{
    public static ParameterDescriptor Integer(string name, int @default, string description, int min = 0) =>
        new(name, ParameterKind.Integer, @default, description) { Minimum = min };

    public static ParameterDescriptor Boolean(string name, bool @default, string description) =>
        new(name, ParameterKind.Boolean, @default, description);

    public static ParameterDescriptor StringList(string name, IReadOnlyList<string> @default, string description) =>
        new(name, ParameterKind.StringList, @default, description);

    public int Minimum { get; init; }
}
