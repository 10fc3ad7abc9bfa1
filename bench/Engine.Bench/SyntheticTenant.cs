using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Bench;

/// <summary>
/// A deterministic synthetic organisation of a given size: Entra users (members, guests, disabled, admins, some
/// without MFA, some stale), IAM users at 1 per 20 people (nine in ten tagged with their person's e-mail, one in fifty
/// an administrator), cloud resources at 1 per 5 people in Azure and AWS, and one Azure subscription per 10,000 people
/// whose privileged role holders are 1 per 100 people (a few deleted principals among them), plus two groups holding
/// Contributor on each subscription with 50 members each (group-held access for another 1 per 100 people, a few of
/// them disabled) — the linked IAM and Azure facts the person model joins.
/// </summary>
public static class SyntheticTenant
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);
    private const string TenantId = "99999999-0000-4000-8000-000000000000";
    private const string AccountId = "999999999999";
    private const string SubscriptionId = "99999999-1111-4000-8000-000000000000";
    private static readonly string[] AzureRegions = ["japaneast", "japanwest", "japaneast", "eastus", "westeurope", "global"];
    private static readonly string[] AwsRegions = ["ap-northeast-1", "ap-northeast-3", "ap-northeast-1", "us-east-1", "eu-west-1"];
    private static readonly string[] Methods = ["microsoftAuthenticatorPush"];

    public static FactSnapshot Generate(int users)
    {
        var random = new Random(20261125);
        var people = new List<EntraUser>(users);
        for (var i = 0; i < users; i++)
            people.Add(User(i, random));

        var iamUsers = Enumerable.Range(0, Math.Max(1, users / 20)).Select(i => IamUser(i, random, users)).ToList();
        var subscriptions = Enumerable.Range(0, Math.Max(1, users / 10_000)).Select(s => Subscription(s, users)).ToList();
        var groups = subscriptions.SelectMany((_, s) => Enumerable.Range(0, GroupsPerSubscription).Select(g => Group(s, g, users))).ToList();
        var resources = new List<CloudResource>(users / 5);
        for (var i = 0; i < users / 5; i++)
            resources.Add(i % 2 == 0 ? AzureResource(i) : AwsResource(i));

        return new FactSnapshot
        {
            CollectedAt = Now,
            Organization = $"Synthetic {users:N0}",
            Sources = [Source("entra:synthetic", "entra", TenantId), Source("aws:synthetic", "aws", AccountId), Source("azure:synthetic", "azure", SubscriptionId)],
            Facts = new SnapshotFacts
            {
                EntraTenants = [new EntraTenant { SourceId = "entra:synthetic", TenantId = TenantId, DisplayName = "Synthetic", CountryLetterCode = "JP", SecurityDefaultsEnabled = false, ConditionalAccessPolicies = [], PimAvailable = true }],
                EntraUsers = people,
                AwsAccounts = [new AwsAccount { SourceId = "aws:synthetic", AccountId = AccountId, RootMfaEnabled = true, RootHardwareMfa = true, RootAccessKeysPresent = false, RootPasswordEnabled = true }],
                AwsIamUsers = iamUsers,
                AzureSubscriptions = subscriptions,
                CloudResources = resources,
                EntraGroups = groups,
            },
        };
    }

    private static EntraUser User(int i, Random random)
    {
        var roll = random.Next(1000);
        var roles = i < 4 ? [new DirectoryRoleAssignment { RoleTemplateId = EntraRoleIds.GlobalAdministrator, RoleName = "Global Administrator" }]
            : roll < 2 ? [new DirectoryRoleAssignment { RoleTemplateId = EntraRoleIds.UserAdministrator, RoleName = "User Administrator", AssignmentState = "eligible", EndDateTime = Now.AddDays(90) }]
            : (IReadOnlyList<DirectoryRoleAssignment>)[];
        return new EntraUser
        {
            SourceId = "entra:synthetic",
            TenantId = TenantId,
            Id = $"00000000-0000-4000-8000-{i:D12}",
            UserPrincipalName = $"user{i}@synthetic.example",
            UserType = roll < 50 ? "Guest" : "Member",
            AccountEnabled = roll is < 50 or >= 100,
            CreatedDateTime = Now.AddDays(-random.Next(1, 2000)),
            AssignedLicenseCount = roll < 995 ? 1 : 0,
            SignIn = new SignInActivity { LastSuccessfulSignIn = Now.AddDays(-random.Next(0, roll < 120 ? 400 : 60)) },
            Mfa = new MfaRegistration { IsMfaRegistered = roll >= 30, IsMfaCapable = roll >= 30, MethodsRegistered = roll >= 30 ? Methods : [] },
            Roles = roles,
        };
    }

    private static AzureSubscription Subscription(int s, int users)
    {
        var count = Math.Max(1, users / 10_000);
        var holders = new List<AzureRoleHolder>();
        for (var i = s * 100; i < users; i += 100 * count)
        {
            holders.Add(new AzureRoleHolder
            {
                PrincipalId = i % 5_000 == 0 ? $"dead0000-0000-4000-8000-{i:D12}" : $"00000000-0000-4000-8000-{i:D12}",
                PrincipalType = i % 5_000 == 0 ? "Unknown" : "User",
                RoleName = i % 300 == 0 ? "Owner" : "Contributor",
                Scope = $"/subscriptions/{SubscriptionGuid(s)}",
            });
        }
        for (var g = 0; g < GroupsPerSubscription; g++)
            holders.Add(new AzureRoleHolder { PrincipalId = GroupId(s, g), PrincipalType = "Group", RoleName = "Contributor", Scope = $"/subscriptions/{SubscriptionGuid(s)}" });
        return new AzureSubscription
        {
            SourceId = "azure:synthetic", SubscriptionId = SubscriptionGuid(s), DisplayName = $"sub-{s}", TenantId = TenantId, State = "Enabled",
            AllowedLocationsPolicyAssigned = true, PrivilegedRoleHolders = holders, DirectoryUsersRead = true,
        };
    }

    private const int GroupsPerSubscription = 2;
    private const int MembersPerGroup = 50;

    private static string GroupId(int s, int g) => $"66666666-0000-4000-8000-{s * GroupsPerSubscription + g:D12}";

    private static EntraGroup Group(int s, int g, int users) => new()
    {
        SourceId = "entra:synthetic", TenantId = TenantId, Id = GroupId(s, g), DisplayName = $"sub-{s} contributors {g}",
        MemberIds = [.. Enumerable.Range(0, MembersPerGroup).Select(k => $"00000000-0000-4000-8000-{(s * 10_000 + g * 5_000 + k * 97 + 13) % users:D12}").Distinct()],
    };

    private static string SubscriptionGuid(int s) => s == 0 ? SubscriptionId : $"99999999-1111-4000-8000-{s:D12}";

    private static AwsIamUser IamUser(int i, Random random, int users) => new()
    {
        Tags = i % 10 == 0 ? null : new Dictionary<string, string> { ["email"] = $"user{(i * 20 + 7) % users}@synthetic.example" },
        AdministratorPolicies = i % 50 == 0 ? ["arn:aws:iam::aws:policy/AdministratorAccess"] : [],
        GroupAdministratorPolicies = [],
        SourceId = "aws:synthetic",
        AccountId = AccountId,
        UserName = $"iam{i}",
        Arn = $"arn:aws:iam::{AccountId}:user/iam{i}",
        CreatedAt = Now.AddDays(-random.Next(1, 2000)),
        PasswordEnabled = i % 3 != 0,
        MfaActive = random.Next(10) > 0,
        AccessKeys = [new AwsAccessKey { Slot = 1, Active = true, LastRotated = Now.AddDays(-random.Next(1, 400)) }],
        AttachedPolicyArns = [],
        GroupPolicyArns = [],
    };

    private static CloudResource AzureResource(int i)
    {
        var region = AzureRegions[i % AzureRegions.Length];
        return new CloudResource
        {
            SourceId = "azure:synthetic", Provider = "azure", Scope = SubscriptionId, Kind = "Microsoft.Storage/storageAccounts",
            Id = $"/subscriptions/{SubscriptionId}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st{i}", Name = $"st{i}",
            Region = region, Country = RegionCatalog.Default.CountryOf("azure", region),
        };
    }

    private static CloudResource AwsResource(int i)
    {
        var region = AwsRegions[i % AwsRegions.Length];
        var bucket = i % 4 == 1;
        return new CloudResource
        {
            SourceId = "aws:synthetic", Provider = "aws", Scope = AccountId, Kind = bucket ? "aws:s3:bucket" : "aws:ec2:instance",
            Id = bucket ? $"bucket-{i}" : $"i-{i:D17}", Name = bucket ? $"bucket-{i}" : null,
            Region = region, Country = RegionCatalog.Default.CountryOf("aws", region),
        };
    }

    private static SourceStatus Source(string id, string provider, string scope) => new()
    {
        Id = id,
        Provider = provider,
        Scope = scope,
        CollectedAt = Now,
        Datasets = Datasets.Of(provider).Select(d => new DatasetStatus { Name = d }).ToList(),
    };
}
