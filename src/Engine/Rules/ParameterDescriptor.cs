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

    /// <summary>The largest value an integer parameter accepts. Bounded by default, so a day count or a limit cannot
    /// overflow a date or a size when the rule applies it (100,000 days is 273 years).</summary>
    public int Maximum { get; init; } = 100_000;

    /// <summary>When set, the only values a string list may hold (e.g. ISO 3166 alpha-2 codes), named by <see cref="ItemsExpected"/>.</summary>
    public IReadOnlySet<string>? AllowedItems { get; init; }
    public string? ItemsExpected { get; init; }
}
