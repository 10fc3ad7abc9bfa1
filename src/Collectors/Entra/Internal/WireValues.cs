using System.Reflection;
using System.Runtime.Serialization;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>The value Graph sends for an SDK enum member (its <c>[EnumMember]</c> value), so facts carry the wire spelling.</summary>
internal static class WireValues
{
    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? typeof(TEnum).GetField(v.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value ?? v.ToString() : null;
}
