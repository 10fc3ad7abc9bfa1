using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Reports.Tests.TestSupport;

/// <summary>A tiny data-location rule: resources must be in Japan; a region with no known country is missing data.</summary>
public sealed class ResidencyRule : FactRule<CloudResource>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "TEST001",
        Title = "Resource stored outside the allowed countries",
        MessageFormat = "{resource} is in {country} ({region}), outside the allowed countries.",
        PassMessageFormat = "{resource} is in {country}.",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Warning,
        Description = "Customer data may only be stored in the countries the organisation names to its customers.",
        RemediationSummary = "Move the resource to a region in an allowed country.",
        Controls = [new ControlReference(ControlReference.Iso27017, "CLD.9.5.1"), new ControlReference(ControlReference.Iso27001, "A.5.23")],
        Benchmarks = [new BenchmarkReference("CIS Azure 2.1", "2.1.1")],
        RequiredData = [Datasets.AzureResources],
    };

    public override RuleDescriptor Descriptor => Rule;
    protected override Expression<Func<CloudResource, bool>> Scope => r => r.Region != "global";
    protected override Expression<Func<CloudResource, bool>> DataPresent => r => r.Country != null;
    protected override Expression<Func<CloudResource, bool>> Violation => r => r.Country != "JP";

    protected override string MissingData(CloudResource fact) => $"region {fact.Region} has no known country";

    protected override string? NotApplicable(CloudResource fact) => "a global resource stores no data in a region";

    protected override IReadOnlyDictionary<string, object?> Observed(CloudResource fact) =>
        new Dictionary<string, object?> { ["region"] = fact.Region, ["country"] = fact.Country };

    protected override string RemediationFor(CloudResource fact) => $"Move {fact.Name ?? fact.Id} to japaneast or japanwest.";
}

/// <summary>A second rule, so that rule indexes and per-rule output are exercised.</summary>
public sealed class NamedResourceRule : FactRule<CloudResource>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "TEST002",
        Title = "Resource without a name",
        MessageFormat = "{resource} has no name.",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Note,
        Description = "Every resource carries a name so that owners can be found.",
        RemediationSummary = "Name the resource.",
        RequiredData = [Datasets.AzureResources],
    };

    public override RuleDescriptor Descriptor => Rule;
    protected override Expression<Func<CloudResource, bool>> Violation => r => r.Name == null;

    protected override IReadOnlyDictionary<string, object?> Observed(CloudResource fact) =>
        new Dictionary<string, object?> { ["name"] = fact.Name };

    protected override string RemediationFor(CloudResource fact) => $"Set a name on {fact.Id}.";
}
