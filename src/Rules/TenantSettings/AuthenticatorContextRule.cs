using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Internal;
using static ComplianceEngine.Rules.TenantSettings.AuthenticationMethodNames;

namespace ComplianceEngine.Rules.TenantSettings;

/// <summary>ENT-METH-01: Microsoft Authenticator is enabled but does not show the application and location of the sign-in to every user.</summary>
public sealed class AuthenticatorContextRule : FactRule<EntraTenant>
{
    public static readonly RuleDescriptor Rule = new()
    {
        Id = "ENT-METH-01",
        Title = "Microsoft Authenticator does not show sign-in context",
        MessageFormat = "{resource}: Microsoft Authenticator is enabled without showing the application name and location to all users " +
                        "(app information {displayAppInformation}, location {displayLocationInformation}, OTP codes {softwareOathEnabled}).",
        PassMessageFormat = "{resource}: Microsoft Authenticator shows the application name and location of every sign-in to all users.",
        Category = Categories.Authentication,
        DefaultSeverity = Severity.Warning,
        Description = "A push notification that names the application and the place of the sign-in lets a user recognise a request they did " +
                      "not start (MFA fatigue). When Microsoft Authenticator is enabled in the authentication methods policy, its feature " +
                      "settings displayAppInformationRequiredState and displayLocationInformationRequiredState must be enabled for all users, " +
                      "and its software OTP codes (which show no context) off — as ScubaGear checks MS.AAD.3.3v2. A tenant where Authenticator " +
                      "is disabled is not applicable.",
        RemediationSummary = "Authentication methods > Microsoft Authenticator > Configure: show application name and geographic location = Enabled for All users; OTP off.",
        Controls = [Controls.SecureAuthentication, Controls.AuthenticationInformation, Controls.OrgMfa, Controls.OrgAuthentication],
        Benchmarks = [new("CISA ScubaGear", "MS.AAD.3.3v2"), new("CIS M365 5.2.3.1", "Microsoft Authenticator configured to protect against MFA fatigue")],
        RequiredData = [Datasets.EntraAuthenticationMethodsPolicy],
        Since = "0.4.0",
    };

    public override RuleDescriptor Descriptor => Rule;

    protected override Expression<Func<EntraTenant, bool>> Scope => t => t.AuthenticationMethods == null || AuthenticatorEnabled(t);

    protected override string? NotApplicable(EntraTenant tenant) => "Microsoft Authenticator is not enabled in the authentication methods policy";

    protected override Expression<Func<EntraTenant, bool>> DataPresent => t => t.AuthenticationMethods != null;

    protected override string MissingData(EntraTenant tenant) => "the authentication methods policy was not reported for the tenant";

    protected override Expression<Func<EntraTenant, bool>> Violation => t => !ShowsContext(Method(t, Authenticator));

    private static bool ShowsContext(AuthenticationMethodSetting? m) =>
        m is not null && m.DisplayAppInformation?.IsOnForAllUsers == true && m.DisplayLocationInformation?.IsOnForAllUsers == true && m.SoftwareOathEnabled != true;

    protected override IReadOnlyDictionary<string, object?> Observed(EntraTenant t)
    {
        var m = Method(t, Authenticator);
        return Observations.Of(
            ("displayAppInformation", Describe(m?.DisplayAppInformation)),
            ("displayLocationInformation", Describe(m?.DisplayLocationInformation)),
            ("softwareOathEnabled", m?.SoftwareOathEnabled));
    }

    private static string Describe(AuthenticatorFeature? f) => f is null ? "not reported" : $"{f.State ?? "not reported"} for {f.IncludeTarget ?? "no target"}";

    protected override string RemediationFor(EntraTenant t) =>
        "Microsoft Entra admin center > Protection > Authentication methods > Policies > Microsoft Authenticator > Configure: " +
        "Show application name in push and passwordless notifications = Enabled, Target = All users; Show geographic location = Enabled, Target = All users; " +
        "Allow use of Microsoft Authenticator OTP = No. PowerShell: Update-MgPolicyAuthenticationMethodPolicyAuthenticationMethodConfiguration " +
        "-AuthenticationMethodConfigurationId MicrosoftAuthenticator -BodyParameter @{ '@odata.type' = '#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration'; " +
        "isSoftwareOathEnabled = $false; featureSettings = @{ displayAppInformationRequiredState = @{ state = 'enabled'; includeTarget = @{ targetType = 'group'; id = 'all_users' } }; " +
        "displayLocationInformationRequiredState = @{ state = 'enabled'; includeTarget = @{ targetType = 'group'; id = 'all_users' } } } }.";
}
