using System.Text.Json;
using AuthenticationStrength = ComplianceEngine.Engine.Facts.Entra.AuthenticationStrength;
using EntraTenant = ComplianceEngine.Engine.Facts.Entra.EntraTenant;
using ComplianceEngine.Engine.Snapshot;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;
using GraphCaPolicy = Microsoft.Graph.Models.ConditionalAccessPolicy;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>The tenant fact (with nulls where an endpoint failed) and the statuses of its datasets.</summary>
internal sealed record TenantRead(EntraTenant Tenant, DatasetStatus Organization, DatasetStatus SecurityDefaults, DatasetStatus ConditionalAccess,
    DatasetStatus AuthenticationStrengths, DatasetStatus SubscribedSkus);

/// <summary>Reads organization, security defaults, conditional-access policies and authentication strengths concurrently.</summary>
internal sealed class TenantReader(GraphServiceClient graph, EndpointReader reader)
{
    // No typed property in SDK 6.10.0: it arrives in AdditionalData.
    private const string MultiGeo = "isMultipleDataLocationsForServicesEnabled";

    public async Task<TenantRead> ReadAsync(EntraSource source, CancellationToken cancellationToken)
    {
        var organizationTask = reader.ReadAllAsync<OrganizationCollectionResponse, Organization>("organization",
            graph.RequestAdapter, next => next is null
                ? graph.Organization.ToGetRequestInformation(r => r.QueryParameters.Select = ["id", "displayName", "countryLetterCode", "verifiedDomains", MultiGeo])
                : graph.Organization.WithUrl(next).ToGetRequestInformation(),
            OrganizationCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        var defaultsTask = reader.ReadOneAsync("identitySecurityDefaultsEnforcementPolicy",
            ct => graph.Policies.IdentitySecurityDefaultsEnforcementPolicy.GetAsync(cancellationToken: ct), cancellationToken);
        var policiesTask = reader.ReadAllAsync<ConditionalAccessPolicyCollectionResponse, GraphCaPolicy>("conditionalAccess/policies",
            graph.RequestAdapter, next => next is null
                ? graph.Identity.ConditionalAccess.Policies.ToGetRequestInformation()
                : graph.Identity.ConditionalAccess.Policies.WithUrl(next).ToGetRequestInformation(),
            ConditionalAccessPolicyCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        var strengthsTask = reader.ReadAllAsync<AuthenticationStrengthPolicyCollectionResponse, AuthenticationStrengthPolicy>("authenticationStrength/policies",
            graph.RequestAdapter, next => next is null
                ? graph.Identity.ConditionalAccess.AuthenticationStrength.Policies.ToGetRequestInformation()
                : graph.Identity.ConditionalAccess.AuthenticationStrength.Policies.WithUrl(next).ToGetRequestInformation(),
            AuthenticationStrengthPolicyCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        var skusTask = reader.ReadAllAsync<SubscribedSkuCollectionResponse, SubscribedSku>("subscribedSkus",
            graph.RequestAdapter, next => next is null
                ? graph.SubscribedSkus.ToGetRequestInformation(r => r.QueryParameters.Select = ["skuId", "skuPartNumber", "capabilityStatus", "servicePlans"])
                : graph.SubscribedSkus.WithUrl(next).ToGetRequestInformation(),
            SubscribedSkuCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        await Task.WhenAll(organizationTask, defaultsTask, policiesTask, strengthsTask, skusTask);

        var organizations = organizationTask.Result;
        var defaults = defaultsTask.Result;
        var policies = policiesTask.Result;
        var strengths = strengthsTask.Result;
        var skus = skusTask.Result;
        var organization = organizations.Items.FirstOrDefault(o => string.Equals(o.Id, source.TenantId, StringComparison.OrdinalIgnoreCase))
                           ?? organizations.Items.FirstOrDefault();

        var tenant = new EntraTenant
        {
            SourceId = source.SourceId,
            TenantId = source.TenantId,
            DisplayName = organization?.DisplayName,
            CountryLetterCode = organization?.CountryLetterCode,
            VerifiedDomains = [.. (organization?.VerifiedDomains ?? []).Select(d => d.Name).OfType<string>().Order(StringComparer.Ordinal)],
            MultipleDataLocationsEnabled = organization is null ? null : Flag(organization.AdditionalData, MultiGeo),
            SecurityDefaultsEnabled = defaults.IsComplete ? defaults.Items[0].IsEnabled : null,
            ConditionalAccessPolicies = policies.IsComplete ? [.. policies.Items.Select(ConditionalAccessMapper.Map).OrderBy(p => p.Id, StringComparer.Ordinal)] : null,
            AuthenticationStrengths = strengths.IsComplete
                ? [.. strengths.Items.Select(ConditionalAccessMapper.Map).OfType<AuthenticationStrength>().OrderBy(s => s.Id, StringComparer.Ordinal)]
                : null,
            EntraIdP2Licensed = skus.IsComplete ? skus.Items.Any(HasEntraIdP2) : null,
        };
        return new TenantRead(tenant,
            Gaps.Dataset(Datasets.EntraOrganization, organizations.Items.Count, Permissions.Organization, organizations.Failure),
            Gaps.Dataset(Datasets.EntraSecurityDefaults, defaults.Items.Count, Permissions.Policies, defaults.Failure),
            Gaps.Dataset(Datasets.EntraConditionalAccess, policies.Items.Count, Permissions.Policies, policies.Failure),
            Gaps.Dataset(Datasets.EntraAuthenticationStrengths, strengths.Items.Count, Permissions.Policies, strengths.Failure),
            Gaps.Dataset(Datasets.EntraSubscribedSkus, skus.Items.Count, Permissions.Organization, skus.Failure));
    }

    // A suspended, deleted or locked-out subscription grants nothing; "Warning" is the grace period, still licensed.
    private static bool HasEntraIdP2(SubscribedSku sku) =>
        sku.CapabilityStatus is "Enabled" or "Warning"
        && (sku.ServicePlans ?? []).Any(p => string.Equals(p.ServicePlanName, "AAD_PREMIUM_P2", StringComparison.OrdinalIgnoreCase));

    private static bool? Flag(IDictionary<string, object>? data, string name) =>
        data is not null && data.TryGetValue(name, out var value)
            ? value switch
            {
                bool b => b,
                UntypedBoolean u => u.GetValue(),
                JsonElement { ValueKind: JsonValueKind.True } => true,
                JsonElement { ValueKind: JsonValueKind.False } => false,
                string s when bool.TryParse(s, out var parsed) => parsed,
                _ => null,
            }
            : null;
}
