using System.Collections.Frozen;
using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>
/// Base of the data-location rules: a resource of the covered kinds is in a region whose country is not in
/// <c>allowedCountries</c>. Global and location-less resources are not applicable (recorded for manual
/// review); a region missing from the region → country map is an Error, not a pass.
/// </summary>
public abstract class ResourceLocationRule : FactRule<CloudResource>
{
    private FrozenSet<string> _allowed = FrozenSet<string>.Empty;

    /// <summary>Whether the rule covers this resource's provider and kind.</summary>
    protected abstract bool Covers(CloudResource resource);

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _allowed = parameters.Set(SharedParameters.AllowedCountries);
    }

    protected override Expression<Func<CloudResource, bool>> Scope => r => Covers(r) && !r.IsGlobal;

    protected override string? NotApplicable(CloudResource resource) =>
        Covers(resource) && resource.IsGlobal ? "global or location-less resource: no single country; record it for manual review" : null;

    protected override Expression<Func<CloudResource, bool>> DataPresent => r => r.Country != null;

    protected override string MissingData(CloudResource resource) =>
        $"region '{resource.Region}' is not in the region → country map; add it to decide where the data is";

    protected override Expression<Func<CloudResource, bool>> Violation => r => !_allowed.Contains(r.Country!);

    protected override IReadOnlyDictionary<string, object?> Observed(CloudResource r) => Observations.Of(
        ("region", r.Region),
        ("country", r.Country),
        ("allowedCountries", _allowed.Order(StringComparer.Ordinal).ToList()));

    protected static ParameterDescriptor[] LocationParameters => [SharedParameters.AllowedCountries];

    protected static ControlReference[] LocationControls =>
        [Controls.CloudServices, Controls.CloudDataLocation, Controls.OrgDataLocation];
}
