using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceEngine.Engine;

namespace ComplianceEngine.Collectors.Aws;

/// <summary>Reads <c>sources.aws[i].organization</c>: <c>{ "roleName", "include"?, "exclude"?, "maxAccounts"? }</c>.</summary>
internal static partial class AwsOrganizationConfig
{
    private const string Expected = "expected roleName, include, exclude or maxAccounts";

    public static AwsOrganizationOptions Read(JsonElement element, string file, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new InputException(file, path, null, "expected an object, e.g. { \"roleName\": \"ComplianceAudit\" }");
        string? role = null;
        IReadOnlyList<string> include = [], exclude = [];
        var maxAccounts = 4;
        foreach (var property in element.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            switch (property.Name)
            {
                case "roleName":
                    role = property.Value.ValueKind == JsonValueKind.String && RoleNamePattern().IsMatch(property.Value.GetString()!)
                        ? property.Value.GetString()
                        : throw new InputException(file, at, null, "expected a role name (not an ARN) such as ComplianceAudit, optionally with a path: audit/ComplianceAudit");
                    break;
                case "include":
                    include = Targets(property.Value, file, at);
                    break;
                case "exclude":
                    exclude = Targets(property.Value, file, at);
                    break;
                case "maxAccounts":
                    maxAccounts = property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var n) && n is >= 1 and <= 64
                        ? n
                        : throw new InputException(file, at, null, "expected a whole number from 1 to 64");
                    break;
                default:
                    throw new InputException(file, at, null, $"unknown property; {Expected}");
            }
        }
        return new AwsOrganizationOptions
        {
            RoleName = role ?? throw new InputException(file, $"{path}.roleName", null, "missing: the role to assume in each member account, e.g. \"ComplianceAudit\""),
            Include = include,
            Exclude = exclude,
            MaxAccounts = maxAccounts,
        };
    }

    private static IReadOnlyList<string> Targets(JsonElement value, string file, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
            throw new InputException(file, path, null, "expected an array of account ids (123456789012) or OU ids (ou-ab12-cdef3456)");
        return value.EnumerateArray().Select((t, i) =>
            t.ValueKind == JsonValueKind.String && TargetPattern().IsMatch(t.GetString()!)
                ? t.GetString()!
                : throw new InputException(file, $"{path}[{i}]", null, "expected a 12-digit account id or an OU id such as ou-ab12-cdef3456")).ToList();
    }

    [GeneratedRegex(@"^[\w+=,.@/-]{1,64}$")]
    private static partial Regex RoleNamePattern();

    [GeneratedRegex(@"^(\d{12}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$")]
    private static partial Regex TargetPattern();
}
