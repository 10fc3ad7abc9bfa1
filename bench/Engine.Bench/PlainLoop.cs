using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Bench;

/// <summary>
/// The baseline: the same checks without a rules engine — each rule's own compiled scope, data and violation
/// tests in a loop, and a LINQ count for the aggregate — producing the same pass and fail lists.
/// </summary>
internal static class PlainLoop
{
    /// <returns>Fail and pass counts, and the aggregate rules the baseline has no loop for.</returns>
    public static (int Fail, int Pass, IReadOnlyList<string> Skipped) Run(FactSnapshot snapshot, IReadOnlyList<IComplianceRule> rules)
    {
        // The loop joins the people the same way: once, with dictionaries.
        snapshot = Engine.People.PersonModel.WithPeople(snapshot, IdentityLinkSettings.Default);
        var (fail, pass, skipped) = (new List<Fact>(), new List<Fact>(), new List<string>());
        foreach (var rule in rules)
        {
            rule.Bind(ComplianceConfig.Default.ParametersFor(rule.Descriptor), snapshot.CollectedAt);
            if (rule is not IFactViolation check)
            {
                if (rule.Descriptor.Id == "ENT-PRIV-01")
                    CountGlobalAdmins(snapshot, rule, fail, pass);
                else if (rule.Descriptor.Id == "LOC-M365-01")
                    CheckDataLocations(snapshot, rule, fail, pass);
                else
                    skipped.Add(rule.Descriptor.Id);
                continue;
            }
            foreach (var fact in snapshot.Facts.OfType(rule.FactType))
            {
                if (rule.InScope(fact) && rule.HasData(fact))
                    (check.Violates(fact) ? fail : pass).Add(fact);
            }
        }
        return (fail.Count, pass.Count, skipped);
    }

    private static void CheckDataLocations(FactSnapshot snapshot, IComplianceRule rule, List<Fact> fail, List<Fact> pass)
    {
        var allowed = ComplianceConfig.Default.ParametersFor(rule.Descriptor).Set(SharedParameters.AllowedCountries);
        var outside = snapshot.Facts.EntraUsers
            .Where(u => u.PreferredDataLocation is { } geo && !(RegionCatalog.Default.CountryOf("m365", geo) is { } c && allowed.Contains(c)))
            .GroupBy(u => u.TenantId)
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (EntraTenant tenant in snapshot.Facts.EntraTenants)
        {
            if (tenant.CountryLetterCode is null)
                continue;
            var users = tenant.MultipleDataLocationsEnabled == false ? 0 : outside.GetValueOrDefault(tenant.TenantId);
            (!allowed.Contains(tenant.CountryLetterCode) || users > 0 ? fail : pass).Add(tenant);
        }
    }

    private static void CountGlobalAdmins(FactSnapshot snapshot, IComplianceRule rule, List<Fact> fail, List<Fact> pass)
    {
        var counts = snapshot.Facts.EntraUsers
            .Where(u => u.AccountEnabled == true && u.HoldsRole(EntraRoleIds.GlobalAdministrator))
            .GroupBy(u => u.TenantId)
            .ToDictionary(g => g.Key, g => g.Count());
        var parameters = ComplianceConfig.Default.ParametersFor(rule.Descriptor);
        var (min, max) = (parameters.Int(rule.Descriptor.Parameters[0]), parameters.Int(rule.Descriptor.Parameters[1]));
        foreach (EntraTenant tenant in snapshot.Facts.EntraTenants)
        {
            var count = counts.GetValueOrDefault(tenant.TenantId);
            (count < min || count > max ? fail : pass).Add(tenant);
        }
    }
}
