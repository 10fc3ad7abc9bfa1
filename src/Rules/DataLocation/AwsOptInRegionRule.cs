using System.Collections.Frozen;
using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>LOC-AWS-03: the account has opted in to a region in a country outside the allowed list.</summary>
public sealed class AwsOptInRegionRule : FactRule<AwsAccount>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-AWS-03",
        Title = "AWS opt-in region enabled outside the allowed countries",
        MessageFormat = "AWS account {resource} has opted in to regions outside the allowed countries {allowedCountries}: {disallowedRegions}.",
        PassMessageFormat = "AWS account {resource} has no opt-in region enabled outside the allowed countries {allowedCountries}.",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Warning,
        Description = "Regions launched after March 2019 are disabled until an account opts in. An opted-in region in a country " +
                      "outside the allowed list is an open door for data to be stored there; disabling it is a preventive control " +
                      "next to LOC-AWS-01/02. Regions enabled by default cannot be disabled and are left to an SCP.",
        RemediationSummary = "Disable the opt-in region (Account > AWS Regions), and deny other regions with an SCP on aws:RequestedRegion.",
        Controls = [Controls.CloudServices, Controls.CloudDataLocation, Controls.OrgDataLocation],
        Benchmarks = [new("Prowler", "organizations_scp_check_deny_regions")],
        RequiredData = [Datasets.AwsEc2],
        Parameters = [SharedParameters.AllowedCountries],
    };

    private FrozenSet<string> _allowed = FrozenSet<string>.Empty;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _allowed = parameters.Set(SharedParameters.AllowedCountries);
    }

    // A region known to be outside the allowed countries is a failure even when another region is not in the map.
    protected override Expression<Func<AwsAccount, bool>> DataPresent => a =>
        a.OptedInRegions != null && (a.OptedInRegions.All(r => CountryOf(r) != null) || Disallowed(a).Any());

    protected override string MissingData(AwsAccount a) => a.OptedInRegions is null
        ? "the account's opt-in regions were not recorded (DescribeRegions OptInStatus)"
        : $"region(s) {string.Join(", ", a.OptedInRegions.Where(r => CountryOf(r) is null))} are not in the region → country map; add them to decide";

    protected override Expression<Func<AwsAccount, bool>> Violation => a => Disallowed(a).Any();

    protected override IReadOnlyDictionary<string, object?> Observed(AwsAccount a) => Observations.Of(
        ("optedInRegions", a.OptedInRegions?.Order(StringComparer.Ordinal).ToList()),
        ("disallowedRegions", Disallowed(a).Select(r => $"{r} ({CountryOf(r)})").ToList()),
        ("unmappedRegions", (a.OptedInRegions ?? []).Where(r => CountryOf(r) is null).Order(StringComparer.Ordinal).ToList()),
        ("allowedCountries", _allowed.Order(StringComparer.Ordinal).ToList()));

    protected override string? CommandFor(AwsAccount a)
    {
        var steps = Disallowed(a).Select(r => $"aws account disable-region --region-name {Shell.Sh(r)}").ToList();
        return steps.Count == 0 ? null : string.Join(" && ", steps);
    }

    protected override string RemediationFor(AwsAccount a) =>
        $"With credentials for account {a.AccountId}: " +
        string.Join("; ", Disallowed(a).Select(r => $"aws account disable-region --region-name {Shell.Sh(r)}")) +
        $" (from the organisation's management account add --account-id {Shell.Sh(a.AccountId)}); first move or delete anything running there " +
        "(see LOC-AWS-01/02). Console: Account > AWS Regions > Disable. " +
        "Then add an SCP that denies actions when aws:RequestedRegion is outside the allowed regions.";

    private IEnumerable<string> Disallowed(AwsAccount a) =>
        (a.OptedInRegions ?? []).Where(r => CountryOf(r) is { } c && !_allowed.Contains(c)).Order(StringComparer.Ordinal);

    private static string? CountryOf(string region) => RegionCatalog.Default.CountryOf("aws", region);
}
