using System.Text.Json;
using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Testing;

/// <summary>
/// A snapshot as the collectors would have written it had one dataset not been read — in one source, or in one
/// scope of it: the fact properties that dataset provides are cleared, the facts it lists are gone (or, for a
/// subscription, left as the id-only placeholder the Azure collector writes), and the gap is recorded. Which
/// properties come from which dataset is written here once, from the collectors (docs/collectors/*.md).
/// </summary>
public static class DatasetWithholding
{
    /// <summary>The snapshot without <paramref name="dataset"/> from <paramref name="sourceId"/>, wholly (scope null)
    /// or in one scope; also the keys of the facts whose data changed or that disappeared, in any source.</summary>
    public static (FactSnapshot Snapshot, IReadOnlySet<string> Changed) Withhold(FactSnapshot snapshot, string dataset, string sourceId, string? scope)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        bool InPart(Fact f) => f.SourceId == sourceId && (scope is null || f.DataScopes.Contains(scope));
        var part = new Func<Fact, bool>(InPart);
        var facts = snapshot.Facts;

        var users = Map(facts.EntraUsers, part, u => StripUser(u, dataset), changed);
        var withheldTenants = dataset == Datasets.EntraUsers
            ? facts.EntraUsers.Where(InPart).Select(u => u.TenantId).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];
        var result = snapshot with
        {
            Sources = snapshot.Sources.Select(s => s.Id == sourceId ? RecordGap(s, dataset, scope) : s).ToList(),
            Facts = new SnapshotFacts
            {
                EntraTenants = Map(facts.EntraTenants, part, t => StripTenant(t, dataset), changed),
                EntraUsers = users,
                AwsAccounts = Map(facts.AwsAccounts, part, a => StripAccount(a, dataset), changed),
                AwsIamUsers = Map(facts.AwsIamUsers, part, u => StripIamUser(u, dataset), changed),
                // Roles and customer-managed policies are listed in one go with the users (GetAccountAuthorizationDetails).
                AwsIamRoles = Map(facts.AwsIamRoles, part, r => dataset == Datasets.AwsRolesAndPolicies ? null : r, changed),
                AwsIamPolicies = Map(facts.AwsIamPolicies, part, p => dataset == Datasets.AwsRolesAndPolicies ? null : p, changed),
                // Identity Center users are listed in one go; their administrator assignments come from the permission sets.
                AwsIdentityCenterUsers = Map(facts.AwsIdentityCenterUsers, part, u => dataset switch
                {
                    Datasets.AwsIdentityCenter => null,
                    Datasets.AwsIdentityCenterAssignments => u with { AdministratorAssignments = null },
                    _ => u,
                }, changed),
                // Guest status of Azure role holders is resolved from the users of their Entra tenant.
                AzureSubscriptions = Map(facts.AzureSubscriptions, s => part(s) || withheldTenants.Contains(((AzureSubscription)s).TenantId ?? ""),
                    s => part(s) ? StripSubscription(s, dataset) : Unresolved(s), changed),
                CloudResources = Map(facts.CloudResources, part, r => StripResource(r, dataset, scope is not null && DataScope.IsItem(scope)), changed),
                // A group whose members were not read is still listed (it holds a role), without members.
                EntraGroups = Map(facts.EntraGroups, part, g => dataset == Datasets.EntraGroupMembers ? g with { MemberIds = null } : g, changed),
            },
        };
        return (result, changed);
    }

    private static List<T> Map<T>(IReadOnlyList<T> facts, Func<Fact, bool> part, Func<T, T?> strip, HashSet<string> changed) where T : Fact
    {
        var kept = new List<T>(facts.Count);
        foreach (var fact in facts)
        {
            var after = part(fact) ? strip(fact) : fact;
            if (after is null || !SameData(after, fact))
                changed.Add(fact.Resource.Key);
            if (after is not null)
                kept.Add(after);
        }
        return kept;
    }

    private static bool SameData(Fact a, Fact b) =>
        ReferenceEquals(a, b) || JsonSerializer.Serialize(a, a.GetType()) == JsonSerializer.Serialize(b, b.GetType());

    private static SourceStatus RecordGap(SourceStatus source, string dataset, string? scope) => source with
    {
        Status = CollectionState.Partial,
        Datasets = source.Datasets.Select(d => d.Name != dataset ? d : scope is null
            ? d with { Status = CollectionState.Failed, Reason = "403 Forbidden (withheld by the test)", Gaps = [] }
            : d with
            {
                Status = CollectionState.Partial,
                Reason = "one scope withheld by the test",
                Gaps = [.. d.Gaps, new ScopeGap { Scope = scope, Status = CollectionState.Failed, Reason = "403 Forbidden (withheld by the test)" }],
            }).ToList(),
    };

    private static EntraUser? StripUser(EntraUser u, string dataset) => dataset switch
    {
        Datasets.EntraUsers => null,
        Datasets.EntraSignInActivity => u with { SignIn = null },
        Datasets.EntraMfaRegistration => u with { Mfa = null },
        Datasets.EntraDirectoryRoles => u with { Roles = u.Roles.Where(r => r.IsEligible).ToList() },
        // Without PIM: no eligible roles, and active assignments lose their schedule (end date, managed by PIM).
        Datasets.EntraPim => u with { Roles = u.Roles.Where(r => !r.IsEligible).Select(r => r with { EndDateTime = null, ManagedByPim = null }).ToList() },
        _ => u,
    };

    private static EntraTenant StripTenant(EntraTenant t, string dataset) => dataset switch
    {
        Datasets.EntraOrganization => t with { CountryLetterCode = null, MultipleDataLocationsEnabled = null, VerifiedDomains = [] },
        Datasets.EntraSecurityDefaults => t with { SecurityDefaultsEnabled = null },
        Datasets.EntraConditionalAccess => t with { ConditionalAccessPolicies = null },
        Datasets.EntraAuthorizationPolicy => t with { Authorization = null },
        Datasets.EntraAuthenticationMethodsPolicy => t with { AuthenticationMethods = null },
        Datasets.EntraAdminConsentPolicy => t with { AdminConsent = null },
        Datasets.EntraDirectorySettings => t with { GroupSpecificConsentEnabled = null },
        Datasets.EntraDomains => t with { Domains = null },
        Datasets.EntraPimPolicies => t with { PimNotifications = null },
        Datasets.EntraAuthenticationStrengths => t with { AuthenticationStrengths = null },
        Datasets.EntraSubscribedSkus => t with { EntraIdP2Licensed = null },
        Datasets.EntraDirectoryRoles => t with { ServicePrincipalRoles = null },
        Datasets.EntraPim => t with { PimAvailable = null, GlobalAdminActivationRequiresApproval = null, PimGroups = null },
        _ => t,
    };

    private static AwsAccount StripAccount(AwsAccount a, string dataset) => dataset switch
    {
        Datasets.AwsCredentialReport => a with { RootPasswordLastUsed = null, RootAccessKeyLastUsed = null, RootAccessKeys = null },
        Datasets.AwsAccountSummary => a with { RootMfaEnabled = null, RootAccessKeysPresent = null, RootPasswordEnabled = null },
        Datasets.AwsMfaDevices => a with { RootHardwareMfa = null },
        Datasets.AwsPasswordPolicy => a with { PasswordPolicy = null },
        Datasets.AwsEc2 => a with { OptedInRegions = null },
        Datasets.AwsIdentityCenter => a with { IdentityCenterInstances = null },
        _ => a,
    };

    private static AwsIamUser StripIamUser(AwsIamUser u, string dataset) => dataset switch
    {
        Datasets.AwsCredentialReport => u with
        {
            PasswordEnabled = false, PasswordLastUsed = null, PasswordLastChanged = null, MfaActive = false, AccessKeys = [],
        },
        Datasets.AwsMfaDevices => u with { HardwareMfa = null },
        Datasets.AwsAccessKeys => u with { AccessKeys = [.. u.AccessKeys.Select(k => k with { AccessKeyId = null })] },
        Datasets.AwsUserPolicies => u with
        {
            AttachedPolicyArns = null, GroupPolicyArns = null, InlinePolicyNames = null, AdministratorPolicies = null, GroupAdministratorPolicies = null,
            AdministratorGroups = null,
            Tags = null,
        },
        _ => u,
    };

    private static AzureSubscription StripSubscription(AzureSubscription s, string dataset) => dataset switch
    {
        Datasets.AzureSubscriptions => new AzureSubscription { SourceId = s.SourceId, SubscriptionId = s.SubscriptionId },
        Datasets.AzurePolicyAssignments => s with { AllowedLocationsPolicyAssigned = null, AllowedLocationsPolicyScope = null, AllowedLocations = null },
        Datasets.AzureRoleAssignments => s with { PrivilegedRoleHolders = null },
        _ => s,
    };

    private static AzureSubscription Unresolved(AzureSubscription s) => s with
    {
        DirectoryUsersRead = false,
        PrivilegedRoleHolders = s.PrivilegedRoleHolders?.Select(h => h.PrincipalType == "User" ? h with { UserType = null, IsGuest = false } : h).ToList(),
    };

    /// <summary>Datasets whose items are listed in one go: one of their items is never missing on its own.</summary>
    public static IReadOnlySet<string> Listings { get; } =
        new HashSet<string>([Datasets.EntraUsers, Datasets.AwsEc2, Datasets.AwsEbs, Datasets.AwsDynamoDb, Datasets.AwsLambda, Datasets.AwsEfs, Datasets.AwsRds, Datasets.AwsRolesAndPolicies, Datasets.AzureResources,
            Datasets.AwsIdentityCenter], StringComparer.Ordinal);

    private static CloudResource? StripResource(CloudResource r, string dataset, bool oneItem) => dataset switch
    {
        // A bucket is listed, then its location asked: the one bucket whose location failed is there without a region.
        Datasets.AwsS3 when r.Kind == "aws:s3:bucket" => oneItem ? r with { Region = null, Country = null } : null,
        Datasets.AwsEc2 when r.Kind == "aws:ec2:instance" => null,
        Datasets.AwsEbs when r.Kind == "aws:ec2:snapshot" => null,
        Datasets.AwsDynamoDb when r.Kind == "aws:dynamodb:table" => null,
        Datasets.AwsLambda when r.Kind == "aws:lambda:function" => null,
        Datasets.AwsEfs when r.Kind == "aws:efs:file-system" => null,
        Datasets.AwsRds when r.Kind is "aws:rds:db" or "aws:rds:snapshot" => null,
        Datasets.AzureResources when r.Provider == "azure" => null,
        _ => r,
    };
}
