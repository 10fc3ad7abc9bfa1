using ComplianceEngine.Fakes.Azure;

namespace ComplianceEngine.Collectors.Tests.Azure;

/// <summary>Builds fake ARM tenants: every subscription gets the same small, recognisable estate.</summary>
internal static class ArmScenario
{
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    public const string UserAccessAdministrator = "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
    public const string Contributor = "b24988ac-6180-42a0-ab88-20f7382dd24c";
    public const string Reader = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
    public const string AllowedLocations = "/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c";
    public const string RootManagementGroup = "/providers/Microsoft.Management/managementGroups/" + TenantId;

    public static string SubscriptionId(int n) => $"{n:d8}-0000-4000-8000-000000000000";

    /// <summary>A tenant of <paramref name="subscriptions"/> subscriptions, each with two resource groups, the four
    /// resources of <see cref="AddEstate"/> and <paramref name="extraResources"/> storage accounts in japaneast.</summary>
    public static FakeArmData Tenant(int subscriptions, int extraResources = 0)
    {
        var data = new FakeArmData();
        for (var n = 1; n <= subscriptions; n++)
        {
            var subscription = data.Add(new FakeSubscription(SubscriptionId(n), TenantId, $"sub-{n}"));
            AddEstate(subscription);
            for (var i = 0; i < extraResources; i++)
                subscription.AddResource("rg-app", "Microsoft.Storage/storageAccounts", $"st{i:d5}", "japaneast");
        }
        return data;
    }

    public static void AddEstate(FakeSubscription subscription)
    {
        subscription.AddResourceGroup("rg-app", "japaneast");
        subscription.AddResourceGroup("rg-dns", "West Europe");
        subscription.AddResource("rg-app", "Microsoft.Storage/storageAccounts", "stapp01", "japaneast");
        subscription.AddResource("rg-dns", "Microsoft.Network/dnszones", "contoso.com", "global");
        subscription.AddResource("rg-app", "Microsoft.Compute/virtualMachines", "vm-edge", "westus", "EdgeZone", "microsoftlosangeles1");
        subscription.AddResource("rg-app", "Microsoft.Portal/dashboards", "dash-nolocation", location: null);
        subscription.AssignRole(Owner, "00000000-0000-0000-0000-00000000a001");
        subscription.AssignRole(Reader, "00000000-0000-0000-0000-00000000a002");
    }
}
