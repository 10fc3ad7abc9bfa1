using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Graph.Models;
using CaPolicy = ComplianceEngine.Engine.Facts.Entra.ConditionalAccessPolicy;
using Strength = ComplianceEngine.Engine.Facts.Entra.AuthenticationStrength;

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
            IncludeGuestOrExternalUserTypes = Flags(users?.IncludeGuestsOrExternalUsers?.GuestOrExternalUserTypes),
            ExcludeGuestOrExternalUserTypes = Flags(users?.ExcludeGuestsOrExternalUsers?.GuestOrExternalUserTypes),
            IncludeApplications = conditions?.Applications?.IncludeApplications ?? [],
            ExcludeApplications = conditions?.Applications?.ExcludeApplications ?? [],
            IncludeUserActions = conditions?.Applications?.IncludeUserActions ?? [],
            ClientAppTypes = Wire(conditions?.ClientAppTypes),
            AuthenticationFlowTransferMethods = Flags(conditions?.AuthenticationFlows?.TransferMethods),
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
            AuthenticationStrengthId = strength?.Id,
            AuthenticationStrengthCombinations = Combinations(strength?.AllowedCombinations),
        };
    }

    public static Strength? Map(AuthenticationStrengthPolicy strength) => strength.Id is not { } id ? null : new Strength
    {
        Id = id,
        DisplayName = strength.DisplayName,
        PolicyType = strength.PolicyType is { } type ? Wire(type) : null,
        AllowedCombinations = Combinations(strength.AllowedCombinations),
    };

    /// <summary>Each combination is a flags value in SDK 6.10: rendered as Graph sends it, members joined by a comma.</summary>
    internal static IReadOnlyList<string> Combinations(List<AuthenticationMethodModes?>? values) =>
        values is null ? [] : [.. values.OfType<AuthenticationMethodModes>().Select(v => string.Join(',', Members(v)))];

    private static IReadOnlyList<string> Flags<T>(T? value) where T : struct, Enum =>
        value is { } v ? Members(v) : [];

    private static List<string> Members<T>(T value) where T : struct, Enum
    {
        var bits = Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        var members = new List<string>();
        foreach (var flag in Enum.GetValues<T>())
        {
            var flagBits = Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
            if (flagBits != 0 && (bits & flagBits) == flagBits)
                members.Add(Wire(flag));
        }
        return members.Count > 0 || bits != 0 ? members : [Wire(value)];
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
