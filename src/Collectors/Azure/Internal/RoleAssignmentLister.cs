using System.Text.Json;
using Azure;
using Azure.Core;
using ComplianceEngine.Engine.Facts.Cloud;

namespace ComplianceEngine.Collectors.Azure.Internal;

internal sealed record RoleFinding(IReadOnlyList<AzureRoleHolder> Holders, int AssignmentCount);

/// <summary>
/// Lists role assignments that apply at a subscription (Microsoft.Authorization/roleAssignments, api-version
/// 2022-04-01, <c>atScope()</c>) through the ARM pipeline, and keeps the holders of the privileged built-in roles.
/// ARM does not say whether a user is a guest: <see cref="AzureRoleHolder.IsGuest"/> stays false.
/// </summary>
internal static class RoleAssignmentLister
{
    private const string ApiVersion = "2022-04-01";

    private static readonly Dictionary<string, string> PrivilegedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["8e3af657-a8ff-443c-a75c-2fe8c4bcb635"] = "Owner",
        ["18d7d88d-d35e-4fb5-a5c3-7773c20a72d9"] = "User Access Administrator",
        ["b24988ac-6180-42a0-ab88-20f7382dd24c"] = "Contributor",
    };

    public static async Task<RoleFinding> ListAsync(ArmConnection arm, string subscriptionId, CancellationToken ct)
    {
        var holders = new List<AzureRoleHolder>();
        var count = 0;
        Uri? next = new(arm.Endpoint,
            $"subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleAssignments?api-version={ApiVersion}&$filter=atScope()");
        while (next is not null)
        {
            using var page = await GetAsync(arm, next, ct);
            var root = page.RootElement;
            foreach (var assignment in root.GetProperty("value").EnumerateArray())
            {
                count++;
                if (Holder(assignment) is { } holder)
                    holders.Add(holder);
            }
            next = root.TryGetProperty("nextLink", out var link) && link.GetString() is { Length: > 0 } url ? SameHost(arm, url) : null;
        }
        return new RoleFinding([.. holders.OrderBy(h => h.RoleName, StringComparer.Ordinal).ThenBy(h => h.PrincipalId, StringComparer.Ordinal)], count);
    }

    private static async Task<JsonDocument> GetAsync(ArmConnection arm, Uri uri, CancellationToken ct)
    {
        using var message = arm.Pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Get;
        message.Request.Uri.Reset(uri);
        message.Request.Headers.Add(HttpHeader.Names.Accept, "application/json");
        await arm.Pipeline.SendAsync(message, ct);
        var response = message.Response;
        if (response.IsError)
            throw new RequestFailedException(response);
        return await JsonDocument.ParseAsync(response.ContentStream!, cancellationToken: ct);
    }

    private static AzureRoleHolder? Holder(JsonElement assignment)
    {
        var properties = assignment.GetProperty("properties");
        var definition = properties.GetProperty("roleDefinitionId").GetString() ?? string.Empty;
        var guid = definition[(definition.LastIndexOf('/') + 1)..];
        if (!PrivilegedRoles.TryGetValue(guid, out var role))
            return null;
        return new AzureRoleHolder
        {
            PrincipalId = properties.GetProperty("principalId").GetString() ?? string.Empty,
            PrincipalType = properties.TryGetProperty("principalType", out var type) ? type.GetString() : null,
            RoleName = role,
            Scope = properties.TryGetProperty("scope", out var scope) ? scope.GetString() : null,
        };
    }

    // The bearer token goes only to the ARM endpoint, never to a host a nextLink names.
    private static Uri SameHost(ArmConnection arm, string url)
    {
        var uri = new Uri(url, UriKind.Absolute);
        return Uri.Compare(uri, arm.Endpoint, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            ? uri
            : throw new RequestFailedException($"nextLink points outside the ARM endpoint ({uri.Host}); stopped paging.");
    }
}
