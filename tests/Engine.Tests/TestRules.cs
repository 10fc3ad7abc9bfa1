using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Tests;

/// <summary>A minimal rule for engine tests: an Azure resource must be in one of the allowed countries.</summary>
internal sealed class CountryRule : FactRule<CloudResource>
{
    public static readonly ParameterDescriptor Allowed = ParameterDescriptor.StringList("allowedCountries", ["JP"], "countries");
    public static readonly ParameterDescriptor Threshold = ParameterDescriptor.Integer("threshold", 5, "a number", min: 1);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "TST-LOC-01",
        Title = "Test rule",
        MessageFormat = "{resource} is in {country}.",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Warning,
        Description = "test",
        RemediationSummary = "move it",
        RequiredData = [Datasets.AzureResources],
        Parameters = [Allowed, Threshold],
    };

    private IReadOnlySet<string> _allowed = new HashSet<string>();

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _allowed = parameters.Set(Allowed);
    }

    protected override Expression<Func<CloudResource, bool>> Scope => r => r.Provider == "azure" && !r.IsGlobal;
    protected override Expression<Func<CloudResource, bool>> DataPresent => r => r.Country != null;
    protected override Expression<Func<CloudResource, bool>> Violation => r => !_allowed.Contains(r.Country!);

    protected override IReadOnlyDictionary<string, object?> Observed(CloudResource r) =>
        new Dictionary<string, object?> { ["country"] = r.Country };

    protected override string RemediationFor(CloudResource r) => $"move {r.Name}";
}
