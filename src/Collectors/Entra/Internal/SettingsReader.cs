using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>The tenant-wide settings and the status of each of their datasets; a setting is null when its dataset failed.</summary>
internal sealed record SettingsRead(
    AuthorizationSettings? Authorization, AuthenticationMethodsSettings? AuthenticationMethods, AdminConsentSettings? AdminConsent,
    bool? GroupSpecificConsentEnabled, IReadOnlyList<TenantDomain>? Domains,
    IReadOnlyList<DatasetStatus> Datasets);

/// <summary>
/// Reads the tenant settings the MS.AAD policy rules judge, concurrently, each endpoint its own dataset: a 403 on one
/// leaves the others complete. (The PIM alert rules come with the role policies <see cref="RoleReader"/> reads.)
/// </summary>
internal sealed class SettingsReader(GraphServiceClient graph, EndpointReader reader)
{
    /// <summary>Template id of the "Consent Policy Settings" directory setting.</summary>
    public const string ConsentPolicySettingsTemplate = "dffd5d46-495d-40a9-8e21-954ff55e198a";

    public async Task<SettingsRead> ReadAsync(CancellationToken cancellationToken)
    {
        var policies = graph.Policies;
        var authorizationTask = reader.ReadOneAsync("authorizationPolicy", ct => policies.AuthorizationPolicy.GetAsync(cancellationToken: ct), cancellationToken);
        var methodsTask = reader.ReadOneAsync("authenticationMethodsPolicy", ct => policies.AuthenticationMethodsPolicy.GetAsync(cancellationToken: ct), cancellationToken);
        var consentTask = reader.ReadOneAsync("adminConsentRequestPolicy", ct => policies.AdminConsentRequestPolicy.GetAsync(cancellationToken: ct), cancellationToken);
        var settingsTask = reader.ReadAllAsync<GroupSettingCollectionResponse, GroupSetting>("groupSettings",
            graph.RequestAdapter, next => next is null
                ? graph.GroupSettings.ToGetRequestInformation()
                : graph.GroupSettings.WithUrl(next).ToGetRequestInformation(),
            GroupSettingCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        var domainsTask = reader.ReadAllAsync<DomainCollectionResponse, Domain>("domains",
            graph.RequestAdapter, next => next is null
                ? graph.Domains.ToGetRequestInformation(r => r.QueryParameters.Select = ["id", "isVerified", "isRoot", "authenticationType", "passwordValidityPeriodInDays"])
                : graph.Domains.WithUrl(next).ToGetRequestInformation(),
            DomainCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
        await Task.WhenAll(authorizationTask, methodsTask, consentTask, settingsTask, domainsTask);

        var authorization = authorizationTask.Result;
        var methods = methodsTask.Result;
        var consent = consentTask.Result;
        var settings = settingsTask.Result;
        var domains = domainsTask.Result;
        return new SettingsRead(
            authorization.IsComplete ? TenantSettingsMapper.Authorization(authorization.Items[0]) : null,
            methods.IsComplete ? TenantSettingsMapper.Methods(methods.Items[0]) : null,
            consent.IsComplete ? TenantSettingsMapper.AdminConsent(consent.Items[0]) : null,
            settings.IsComplete ? TenantSettingsMapper.GroupSpecificConsent(settings.Items) : null,
            domains.IsComplete ? [.. domains.Items.Select(TenantSettingsMapper.Domain).OfType<TenantDomain>().OrderBy(d => d.Id, StringComparer.Ordinal)] : null,
            [
                Gaps.Dataset(Datasets.EntraAuthorizationPolicy, authorization.Items.Count, Permissions.Policies, authorization.Failure),
                Gaps.Dataset(Datasets.EntraAuthenticationMethodsPolicy, methods.Items.Count, Permissions.Policies, methods.Failure),
                Gaps.Dataset(Datasets.EntraAdminConsentPolicy, consent.Items.Count, Permissions.Policies, consent.Failure),
                Gaps.Dataset(Datasets.EntraDirectorySettings, settings.Items.Count, Permissions.DirectorySettings, settings.Failure),
                Gaps.Dataset(Datasets.EntraDomains, domains.Items.Count, Permissions.Domains, domains.Failure),
            ]);
    }
}
