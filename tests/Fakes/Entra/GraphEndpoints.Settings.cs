namespace ComplianceEngine.Fakes.Entra;

public static partial class GraphEndpoints
{
    public const string AuthorizationPolicy = "authorizationPolicy";
    public const string AuthenticationMethodsPolicy = "authenticationMethodsPolicy";
    public const string AdminConsentRequestPolicy = "adminConsentRequestPolicy";
    public const string GroupSettings = "groupSettings";
    public const string Domains = "domains";

    private static readonly Dictionary<string, string> SettingsPaths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/v1.0/policies/authorizationPolicy"] = AuthorizationPolicy,
        ["/v1.0/policies/authenticationMethodsPolicy"] = AuthenticationMethodsPolicy,
        ["/v1.0/policies/adminConsentRequestPolicy"] = AdminConsentRequestPolicy,
        ["/v1.0/groupSettings"] = GroupSettings,
        ["/v1.0/domains"] = Domains,
    };
}
