namespace ComplianceEngine.Fakes.Entra;

/// <summary>The tenant-wide settings the fake serves; the defaults are a tenant that meets ScubaGear's MS.AAD baseline.</summary>
public sealed partial class FakeGraphTenant
{
    public FakeAuthorizationPolicy AuthorizationPolicy { get; set; } = new();
    public FakeAuthenticationMethods AuthenticationMethods { get; set; } = new();
    public FakeAdminConsent AdminConsent { get; set; } = new();

    /// <summary>Directory settings objects (<c>/groupSettings</c>); none by default, as in a new tenant.</summary>
    public List<FakeGroupSetting> GroupSettings { get; } = [];

    public List<FakeDomain> Domains { get; } =
    [
        new("contoso.example") { IsRoot = true },
        new("contoso.onmicrosoft.example") { IsRoot = true },
    ];
}

public sealed record FakeAuthorizationPolicy
{
    public bool AllowedToCreateApps { get; init; }
    public IReadOnlyList<string> PermissionGrantPoliciesAssigned { get; init; } =
        ["ManagePermissionGrantsForOwnedResource.microsoft-dynamically-managed-permissions-for-team"];
    public string GuestUserRoleId { get; init; } = "2af84b1e-32c8-42b7-82bc-daa82404023b";
    public string AllowInvitesFrom { get; init; } = "adminsAndGuestInviters";
}

public sealed record FakeAuthenticationMethods
{
    public string PolicyMigrationState { get; init; } = "migrationComplete";

    /// <summary>Method id → state; Microsoft Authenticator's feature settings are below.</summary>
    public Dictionary<string, string> States { get; init; } = new(StringComparer.Ordinal)
    {
        ["MicrosoftAuthenticator"] = "enabled", ["Fido2"] = "enabled", ["Sms"] = "disabled", ["Voice"] = "disabled", ["Email"] = "disabled",
    };
    public string AppInformationState { get; init; } = "enabled";
    public string LocationInformationState { get; init; } = "enabled";
    public string FeatureTarget { get; init; } = "all_users";
    public bool SoftwareOathEnabled { get; init; }
}

public sealed record FakeAdminConsent
{
    public bool IsEnabled { get; init; } = true;
    public IReadOnlyList<string> ReviewerQueries { get; init; } = ["/v1.0/groups/7a1c0000-0000-4000-8000-00000000c0de/transitiveMembers/microsoft.graph.user"];
}

public sealed record FakeGroupSetting(string Id, string TemplateId, string DisplayName)
{
    public Dictionary<string, string> Values { get; init; } = new(StringComparer.Ordinal);
}

public sealed record FakeDomain(string Id)
{
    public bool IsVerified { get; init; } = true;
    public bool IsRoot { get; init; }
    public string AuthenticationType { get; init; } = "Managed";
    public int PasswordValidityPeriodInDays { get; init; } = int.MaxValue;
}

/// <summary>Recipients of the role's alert rules (besides the default recipients); null leaves the rule out of the policy.</summary>
public sealed partial record FakeRolePolicy
{
    public IReadOnlyList<string>? AssignmentAlertRecipients { get; init; } = ["soc@contoso.example"];
    public IReadOnlyList<string>? EligibilityAlertRecipients { get; init; } = ["soc@contoso.example"];
    public IReadOnlyList<string>? ActivationAlertRecipients { get; init; } = ["soc@contoso.example"];
}
