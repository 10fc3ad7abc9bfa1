using Microsoft.AspNetCore.Http;

namespace ComplianceEngine.Fakes.Entra;

public sealed partial class FakeGraph
{
    /// <summary>The tenant-settings endpoints; null for any other endpoint. Lists page at <see cref="PageSizes"/> (default 100).</summary>
    private PooledBuffer? RenderSettings(string endpoint, HttpContext context, int offset) => endpoint switch
    {
        GraphEndpoints.AuthorizationPolicy => Render(w => FakeGraphJson.AuthorizationPolicy(w, Tenant.AuthorizationPolicy)),
        GraphEndpoints.AuthenticationMethodsPolicy => Render(w => FakeGraphJson.AuthenticationMethodsPolicy(w, Tenant.AuthenticationMethods)),
        GraphEndpoints.AdminConsentRequestPolicy => Render(w => FakeGraphJson.AdminConsentRequestPolicy(w, Tenant.AdminConsent)),
        GraphEndpoints.GroupSettings => Page(context, offset, PageSizes.GetValueOrDefault(endpoint, 100), Tenant.GroupSettings, FakeGraphJson.GroupSetting),
        GraphEndpoints.Domains => Page(context, offset, PageSizes.GetValueOrDefault(endpoint, 100), Tenant.Domains, FakeGraphJson.Domain),
        _ => null,
    };
}
