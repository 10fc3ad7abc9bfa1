using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Graph.Models;
using CaPolicy = ComplianceEngine.Engine.Facts.Entra.ConditionalAccessPolicy;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>Maps the SDK's conditional-access model to the fact, with enum values in their Graph wire spelling.</summary>
internal static class ConditionalAccessMapper
{
    private static readonly ConcurrentDictionary<Enum, string> WireNames = new();

    public static CaPolicy Map(ConditionalAccessPolicy policy)
    {
        var conditions = policy.Conditions;
        var users = conditions?.Users;
        var grant = policy.GrantControls;
        var strength = grant?.AuthenticationStrength;
        return new CaPolicy
        {
            Id = policy.Id ?? "",
            DisplayName = policy.DisplayName,
            State = policy.State is { } state ? Wire(state) : "disabled",
            IncludeUsers = users?.IncludeUsers ?? [],
            ExcludeUsers = users?.ExcludeUsers ?? [],
            IncludeRoles = users?.IncludeRoles ?? [],
            ExcludeRoles = users?.ExcludeRoles ?? [],
            ExcludeGroups = users?.ExcludeGroups ?? [],
            IncludeApplications = conditions?.Applications?.IncludeApplications ?? [],
            ExcludeApplications = conditions?.Applications?.ExcludeApplications ?? [],
            ClientAppTypes = Wire(conditions?.ClientAppTypes),
            // Conditions that narrow where a policy applies: the rules treat a narrowed policy as not enforcing.
            IncludeLocations = conditions?.Locations?.IncludeLocations ?? [],
            ExcludeLocations = conditions?.Locations?.ExcludeLocations ?? [],
            IncludePlatforms = Wire(conditions?.Platforms?.IncludePlatforms),
            ExcludePlatforms = Wire(conditions?.Platforms?.ExcludePlatforms),
            SignInRiskLevels = Wire(conditions?.SignInRiskLevels),
            UserRiskLevels = Wire(conditions?.UserRiskLevels),
            BuiltInControls = Wire(grant?.BuiltInControls),
            GrantOperator = grant?.Operator,
            AuthenticationStrength = strength?.DisplayName ?? strength?.Id,
            AuthenticationStrengthCombinations = Wire(strength?.AllowedCombinations),
        };
    }

    private static IReadOnlyList<string> Wire<T>(List<T?>? values) where T : struct, Enum =>
        values is null ? [] : [.. values.OfType<T>().Select(v => Wire(v))];

    private static string Wire(Enum value) => WireNames.GetOrAdd(value, v =>
    {
        var name = v.ToString();
        var member = v.GetType().GetField(name)?.GetCustomAttribute<EnumMemberAttribute>();
        return member?.Value ?? char.ToLowerInvariant(name[0]) + name[1..];
    });
}
