using ComplianceEngine.Collectors.Auth;

namespace ComplianceEngine.Collectors.Entra;

/// <summary>One Microsoft Entra tenant to collect from: an entry of rules.json's <c>sources.entra</c>.</summary>
public sealed record EntraSource
{
    public static readonly Uri PublicCloudGraph = new("https://graph.microsoft.com/");

    public required string TenantId { get; init; }

    /// <summary>Root of Microsoft Graph: national clouds (https://graph.microsoft.us, https://microsoftgraph.chinacloudapi.cn) or a test fake.</summary>
    public Uri GraphEndpoint { get; init; } = PublicCloudGraph;

    public AzureAuthOptions Auth { get; init; } = new();

    public string SourceId => $"entra:{TenantId}";
}
