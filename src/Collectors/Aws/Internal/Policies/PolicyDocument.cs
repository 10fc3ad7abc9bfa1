using System.Text.Json;

namespace ComplianceEngine.Collectors.Aws.Internal.Policies;

/// <summary>
/// The statements of an IAM policy document as IAM returns them: URL-encoded JSON whose <c>Statement</c>, <c>Action</c>,
/// <c>Resource</c> and principals may each be a single value or an array.
/// </summary>
internal sealed record PolicyDocument(IReadOnlyList<PolicyStatement> Statements)
{
    /// <summary>The document, or null when it is not a JSON policy (then nothing about it can be decided).</summary>
    public static PolicyDocument? Parse(string? encoded)
    {
        if (string.IsNullOrWhiteSpace(encoded))
            return null;
        var json = encoded.TrimStart().StartsWith('{') ? encoded : Uri.UnescapeDataString(encoded.Replace('+', ' '));
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("Statement", out var statement))
                return new PolicyDocument([]);
            var items = statement.ValueKind == JsonValueKind.Array ? statement.EnumerateArray().ToList() : [statement];
            return new PolicyDocument(items.Where(s => s.ValueKind == JsonValueKind.Object).Select(Read).ToList());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PolicyStatement Read(JsonElement s) => new(
        Effect: s.TryGetProperty("Effect", out var effect) ? effect.GetString() ?? string.Empty : string.Empty,
        Actions: Strings(s, "Action"),
        HasNotAction: s.TryGetProperty("NotAction", out _),
        Resources: Strings(s, "Resource"),
        Principals: Principals(s),
        ConditionKeys: s.TryGetProperty("Condition", out var condition) && condition.ValueKind == JsonValueKind.Object
            ? condition.EnumerateObject().SelectMany(op => op.Value.ValueKind == JsonValueKind.Object
                ? op.Value.EnumerateObject().Select(k => k.Name) : []).ToList()
            : []);

    private static List<string> Strings(JsonElement s, string name) => !s.TryGetProperty(name, out var value)
        ? []
        : value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : value.ValueKind == JsonValueKind.String ? [value.GetString()!] : [];

    /// <summary>Principals as <c>Type:value</c> (<c>AWS:arn…</c>, <c>Service:ec2.amazonaws.com</c>); <c>"Principal": "*"</c> is <c>AWS:*</c>.</summary>
    private static List<string> Principals(JsonElement s)
    {
        if (!s.TryGetProperty("Principal", out var principal))
            return [];
        if (principal.ValueKind == JsonValueKind.String)
            return [$"AWS:{principal.GetString()}"];
        if (principal.ValueKind != JsonValueKind.Object)
            return [];
        return principal.EnumerateObject().SelectMany(p => (p.Value.ValueKind == JsonValueKind.Array
            ? p.Value.EnumerateArray().Select(v => v.GetString()) : [p.Value.GetString()]).OfType<string>().Select(v => $"{p.Name}:{v}")).ToList();
    }
}

internal sealed record PolicyStatement(string Effect, IReadOnlyList<string> Actions, bool HasNotAction, IReadOnlyList<string> Resources,
    IReadOnlyList<string> Principals, IReadOnlyList<string> ConditionKeys)
{
    public bool Allows => string.Equals(Effect, "Allow", StringComparison.OrdinalIgnoreCase);
}
