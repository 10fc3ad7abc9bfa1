using ComplianceEngine.Engine.CustomRules;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.Configuration.Internal;

/// <summary>
/// Checks a custom rule's <c>requiredData</c>: the datasets whose gaps turn its results into Error. Without them a
/// source that failed would leave the rule nothing to gate on, and its facts would pass.
/// </summary>
internal sealed class RequiredDataReader(ConfigReader reader)
{
    /// <summary>
    /// Every dataset must be known, and come from a provider whose sources produce the fact type: a dataset no source of
    /// the rule's facts can provide would gate nothing, and a failed source would then yield Pass.
    /// </summary>
    public List<string> Read(List<string> datasets, string? factType, string path)
    {
        if (datasets.Count == 0)
        {
            reader.Error(path, $"expected at least one dataset{Suggestion(factType)}");
            return datasets;
        }
        var providers = factType is null ? null : FactTypes.ProvidersOf(factType);
        for (var i = 0; i < datasets.Count; i++)
        {
            var at = JsonPaths.Index(path, i);
            if (!Datasets.IsKnown(datasets[i]))
                reader.Error(at, $"unknown dataset '{datasets[i]}'; expected one of: {string.Join(", ", Datasets.All)}");
            else if (providers is not null && !providers.Contains(Datasets.ProviderOf(datasets[i])))
                reader.Error(at, $"dataset '{datasets[i]}' comes from {Datasets.ProviderOf(datasets[i])} sources, which provide no {factType} facts{Suggestion(factType)}");
        }
        return datasets.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>What to write instead: the datasets a rule over the fact type usually reads, else every known dataset.</summary>
    public static string Suggestion(string? factType) =>
        factType is not null && FactTypes.ByName.TryGetValue(factType, out var known)
            ? $"; e.g. \"requiredData\": [{string.Join(", ", known.Datasets.Select(d => $"\"{d}\""))}] — {factType} facts come from " +
              $"{string.Join(" or ", FactTypes.ProvidersOf(factType))} sources, whose datasets are: {string.Join(", ", FactTypes.ProvidersOf(factType).SelectMany(Datasets.Of))}"
            : $"; known datasets: {string.Join(", ", Datasets.All)}";
}
