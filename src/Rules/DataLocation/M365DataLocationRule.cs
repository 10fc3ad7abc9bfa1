using System.Collections.Frozen;
using System.Linq.Expressions;
using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Rules.DataLocation;

/// <summary>
/// LOC-M365-01: the Microsoft 365 tenant's country, or (multi-geo) a user's preferred data location, is outside
/// <c>allowedCountries</c>. An NRules <c>Collect</c> of the users whose geo is not allowed, per tenant: the multi-geo
/// setting lives on the tenant, so the tenant decides.
/// </summary>
public sealed class M365DataLocationRule : AggregateRule<EntraTenant>, IReadsFactTypes
{
    private const int SampleSize = 50;

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "LOC-M365-01",
        Title = "Microsoft 365 data location outside the allowed countries",
        MessageFormat = "{resource}: tenant country {countryLetterCode} (allowed: {countryAllowed}); {usersOutsideAllowedCount} user(s) with a " +
                        "preferred data location outside the allowed countries {allowedCountries}.",
        PassMessageFormat = "{resource}: tenant country {countryLetterCode} is allowed and no user's preferred data location is outside {allowedCountries} (multi-geo: {multipleDataLocationsEnabled}).",
        Category = Categories.DataLocation,
        DefaultSeverity = Severity.Error,
        Description = "Customer data may only be stored in the countries the organisation has told its customers about (ISO/IEC 27017; " +
                      "ISMS-A-04 5.5). The tenant's country (organization.countryLetterCode) must be allowed; in a multi-geo tenant every " +
                      "user's preferred data location (PDL) must map to an allowed country. Multi-country geos (NAM, EUR, APC) and unknown " +
                      "codes cannot be shown to stay in one allowed country and count as outside. Graph v1.0 does not expose the tenant's " +
                      "default geo: confirm it in the Microsoft 365 admin center (Settings > Org settings > Organization profile > Data location).",
        RemediationSummary = "Move users' preferred data location to a geo in an allowed country; for the tenant's own location, confirm the default geo and move it with Microsoft if needed.",
        Controls = [Controls.CloudServices, Controls.CloudDataLocation, Controls.OrgDataLocation],
        Benchmarks = [new("ISO/IEC 27017", "CLD 18.1.1 data location")],
        RequiredData = [Datasets.EntraOrganization, Datasets.EntraUsers],
        Parameters = [SharedParameters.AllowedCountries],
    };

    private FrozenSet<string> _allowed = FrozenSet<string>.Empty;

    // The users found outside per tenant, kept from the decision for the remediation (rule instances are per evaluation).
    private readonly Dictionary<string, IReadOnlyList<EntraUser>> _outsideByTenant = new(StringComparer.Ordinal);

    public override RuleDescriptor Descriptor => Rule;

    public IReadOnlyList<Type> FactTypes { get; } = [typeof(EntraTenant), typeof(EntraUser)];

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _allowed = parameters.Set(SharedParameters.AllowedCountries);
    }

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.CountryLetterCode != null;

    protected override string MissingData(EntraTenant tenant) => "the organisation's countryLetterCode was not reported";

    public override void Define()
    {
        EntraTenant tenant = null!;
        IEnumerable<EntraUser> outside = null!;
        IDecisionSink sink = null!;

        Name(Rule.Id);
        Dependency().Resolve(() => sink);
        When()
            .Match(() => tenant)
            .Query(() => outside, q => q
                .Match<EntraUser>(u => u.PreferredDataLocation != null, u => !GeoAllowed(u.PreferredDataLocation!), u => u.TenantId == tenant.TenantId)
                .Collect());
        Then().Do(_ => Decide(sink, tenant, outside));
    }

    private bool GeoAllowed(string geo) => RegionCatalog.Default.CountryOf("m365", geo) is { } country && _allowed.Contains(country);

    private void Decide(IDecisionSink sink, EntraTenant tenant, IEnumerable<EntraUser> outside)
    {
        // Without multi-geo a preferred data location has no effect: the data stays in the tenant's default geo.
        var users = tenant.MultipleDataLocationsEnabled == false ? [] :
            outside.OrderBy(u => u.UserPrincipalName, StringComparer.OrdinalIgnoreCase).ToList();
        _outsideByTenant[tenant.TenantId] = users;
        var countryAllowed = tenant.CountryLetterCode is { } c && _allowed.Contains(c);
        var observed = Observations.Of(
            ("countryLetterCode", tenant.CountryLetterCode),
            ("countryAllowed", countryAllowed),
            ("allowedCountries", _allowed.Order(StringComparer.Ordinal).ToList()),
            ("multipleDataLocationsEnabled", tenant.MultipleDataLocationsEnabled),
            ("usersOutsideAllowedCount", users.Count),
            ("usersOutsideAllowed", users.Take(SampleSize).Select(u => $"{u.UserPrincipalName} ({u.PreferredDataLocation})").ToList()),
            ("geosOutsideAllowed", users.Select(u => u.PreferredDataLocation!.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList()));
        if (!countryAllowed || users.Count > 0)
            sink.Violation(this, tenant, observed);
        else
            sink.Satisfied(this, tenant, observed);
    }

    // With the organisation read, missing users can only add users outside the allowed geos: a failure stands.
    protected override bool FailStandsWithout(EntraTenant tenant, IReadOnlyDictionary<string, object?>? observed, IReadOnlySet<string> missing) =>
        PartialData.OnlyMissing(missing, Datasets.EntraUsers);

    /// <summary>The users to move, by name, each to the allowed geo; past <see cref="SampleSize"/> users one pipeline that
    /// selects them by their current geo. Null when no user is outside (the tenant's own geo is a request to Microsoft).</summary>
    protected override string? CommandFor(EntraTenant t)
    {
        var users = _outsideByTenant.GetValueOrDefault(t.TenantId) ?? [];
        if (users.Count == 0)
            return null;
        var geo = Shell.Ps(TargetGeo());
        if (users.Count <= SampleSize)
            return string.Join("; ", users.Select(u => $"Update-MgUser -UserId {Shell.Ps(u.UserPrincipalName)} -PreferredDataLocation {geo}"));
        var geos = string.Join(",", users.Select(u => u.PreferredDataLocation!).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).Select(Shell.Ps));
        return $"Get-MgUser -All -Property Id,PreferredDataLocation | Where-Object {{ $_.PreferredDataLocation -in @({geos}) }} | " +
               $"ForEach-Object {{ Update-MgUser -UserId $_.Id -PreferredDataLocation {geo} }}";
    }

    /// <summary>The Microsoft 365 geo to move users to: the one geo in an allowed country, else the admin's choice among them.</summary>
    private string TargetGeo()
    {
        var geos = RegionCatalog.Default.RegionsIn("m365", _allowed);
        return geos.Count switch
        {
            1 => geos[0],
            0 => $"<a geo in {string.Join("/", _allowed.Order(StringComparer.Ordinal))}: none is a Microsoft 365 geo>",
            _ => $"<one of {string.Join(", ", geos)}>",
        };
    }

    protected override string RemediationFor(EntraTenant t)
    {
        var users = _outsideByTenant.GetValueOrDefault(t.TenantId) ?? [];
        var usersPart = users.Count == 0 ? "" :
            $"Users: set the preferred data location of the {users.Count} user(s) outside the allowed countries " +
            $"({string.Join(", ", _allowed.Order(StringComparer.Ordinal))}) to {TargetGeo()}: {CommandFor(t)} " +
            "(or Microsoft 365 admin center > Users > the user > Account > Preferred data location); " +
            "OneDrive and mailbox content then moves to that geo. ";
        return usersPart +
            $"Tenant: confirm the default geo of {t.DisplayName ?? t.TenantId} in Microsoft 365 admin center > Settings > Org settings > Organization profile > Data location; " +
            "if it is outside the allowed countries, request a move to a local datacenter geo (Microsoft 365 Advanced Data Residency / data move program) " +
            "or tell customers the actual storage countries.";
    }
}
