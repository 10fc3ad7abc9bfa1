using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Internal;

/// <summary>Finds and loads rules.json: the one given, else ./rules.json, else the built-in defaults.</summary>
internal static class ConfigFile
{
    public const string DefaultName = "rules.json";

    public static ComplianceConfig Load(FileInfo? given)
    {
        var config = given is not null
            ? ConfigLoader.Load(given.FullName, RuleProfiles.Catalog)
            : File.Exists(DefaultName) ? ConfigLoader.Load(Path.GetFullPath(DefaultName), RuleProfiles.Catalog) : ConfigLoader.Defaults(RuleProfiles.Catalog);
        KnownSecrets.RegisterNamedIn(config);
        return config;
    }
}
