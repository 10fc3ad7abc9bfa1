using System.Collections.Frozen;
using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>Display names of built-in Entra roles by template id, for messages; unknown ids are shown as they are.</summary>
internal static class RoleNames
{
    private static readonly FrozenDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["62e90394-69f5-4237-9190-012177145e10"] = "Global Administrator",
        ["e8611ab8-c189-46e8-94e1-60213ab1f814"] = "Privileged Role Administrator",
        ["7be44c8a-adaf-4e2a-84d6-ab2649e08a13"] = "Privileged Authentication Administrator",
        ["194ae4cb-b126-40b2-bd5b-6091b380977d"] = "Security Administrator",
        ["b1be1c3e-b65d-4f19-8427-f6fa0d97feb9"] = "Conditional Access Administrator",
        ["c4e39bd9-1100-46d3-8c65-fb160da0071f"] = "Authentication Administrator",
        ["8ac3fc64-6eca-42ea-9e69-59f4c7b60eb2"] = "Hybrid Identity Administrator",
        ["fe930be7-5e62-47db-91af-98c3a49a38b1"] = "User Administrator",
        ["9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"] = "Application Administrator",
        ["158c047a-c907-4556-b7ef-446551a6b5f7"] = "Cloud Application Administrator",
        ["29232cdf-9323-42fd-ade2-1d097af3e4de"] = "Exchange Administrator",
        ["f28a1f50-f6e7-4571-818b-6a12f2af6b6c"] = "SharePoint Administrator",
        ["729827e3-9c14-49f7-bb1b-9608f156bbb8"] = "Helpdesk Administrator",
        ["966707d0-3269-4727-9be2-8c3a10f19b9d"] = "Password Administrator",
        ["b0f54661-2d74-4c50-afa3-1ec803f12efe"] = "Billing Administrator",
        ["f2ef992c-3afb-46b9-b7cf-a126ee74c451"] = "Global Reader",
        ["3a2c62db-5318-420d-8d74-23affee5d9d5"] = "Intune Administrator",
        ["7698a772-787b-4ac8-901f-60d6b08affd2"] = "Cloud Device Administrator",
        ["8329153b-31d0-4727-b945-745eb3bc5f31"] = "Domain Name Administrator",
        ["be2f45a1-457d-42af-a067-6ec1fa63bc45"] = "External Identity Provider Administrator",
        ["9360feb5-f418-4baa-8175-e2a00bac4301"] = "Directory Writers",
        ["e00e864a-17c5-4a4b-9c06-f5b95a8d5bd8"] = "Partner Tier2 Support",
        ["4ba39ca4-527c-499a-b93d-d9b492c50246"] = "Partner Tier1 Support",
        ["0526716b-113d-4c15-b2c8-68e3c22b9f80"] = "Authentication Policy Administrator",
        ["45d8d3c5-c802-45c6-b32a-1d70b5e1e86e"] = "Identity Governance Administrator",
        ["88d8e3e3-8f55-4a1e-953a-9b9898b8876b"] = "Directory Readers",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Of(string roleTemplateId) => Names.GetValueOrDefault(roleTemplateId, roleTemplateId);

    /// <summary>Sorted, distinct display names of a set of roles.</summary>
    public static IReadOnlyList<string> Of(IEnumerable<string> roleTemplateIds) =>
        roleTemplateIds.Select(Of).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Sorted, distinct names of the roles a user holds that pass a filter (all roles when null).</summary>
    public static IReadOnlyList<string> HeldBy(EntraUser user, IReadOnlySet<string>? only = null) =>
        user.Roles.Where(r => only is null || only.Contains(r.RoleTemplateId))
            .Select(r => r.RoleName ?? Of(r.RoleTemplateId)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
