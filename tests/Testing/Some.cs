using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Cloud;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Testing;

/// <summary>
/// Test data with sensible, compliant defaults: a test states only what matters to it
/// (<c>Some.User() with { Mfa = Some.NoMfa }</c>).
/// </summary>
public static class Some
{
    public const string TenantId = "11111111-1111-1111-1111-111111111111";
    public const string AccountId = "123456789012";
    public const string SubscriptionId = "22222222-2222-2222-2222-222222222222";
    public const string EntraSource = "entra:contoso";
    public const string AwsSource = "aws:123456789012";
    public const string AzureSource = "azure:contoso";

    /// <summary>The evaluation time of every snapshot built here.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    private static int _next;

    private static int Next() => Interlocked.Increment(ref _next);

    public static MfaRegistration Mfa => new() { IsMfaRegistered = true, IsMfaCapable = true, MethodsRegistered = ["microsoftAuthenticatorPush"] };

    public static MfaRegistration NoMfa => new() { IsMfaRegistered = false, IsMfaCapable = false, MethodsRegistered = [] };

    public static EntraUser User(string? upn = null)
    {
        var n = Next();
        return new EntraUser
        {
            SourceId = EntraSource,
            TenantId = TenantId,
            Id = $"00000000-0000-0000-0000-{n:D12}",
            UserPrincipalName = upn ?? $"user{n}@contoso.example",
            DisplayName = $"User {n}",
            AccountEnabled = true,
            CreatedDateTime = Now.AddYears(-1),
            SignIn = new SignInActivity { LastSuccessfulSignIn = Now.AddDays(-1) },
            Mfa = Mfa,
        };
    }

    public static DirectoryRoleAssignment Role(string roleTemplateId, string state = "active") =>
        new() { RoleTemplateId = roleTemplateId, AssignmentState = state, ManagedByPim = true };

    public static EntraTenant Tenant() => new()
    {
        SourceId = EntraSource,
        TenantId = TenantId,
        DisplayName = "Contoso",
        CountryLetterCode = "JP",
        SecurityDefaultsEnabled = false,
        ConditionalAccessPolicies = [],
        AuthenticationStrengths = [],
        PimAvailable = true,
        PimGroups = [],
        EntraIdP2Licensed = true,
    };

    public static AwsAccount AwsAccount() => new()
    {
        SourceId = AwsSource,
        AccountId = AccountId,
        Alias = "contoso-prod",
        RootMfaEnabled = true,
        RootHardwareMfa = true,
        RootAccessKeysPresent = false,
        RootAccessKeys = [],
        RootPasswordEnabled = true,
        PasswordPolicy = new AwsPasswordPolicy
        {
            MinimumPasswordLength = 14, PasswordReusePrevention = 24,
            RequireSymbols = true, RequireNumbers = true, RequireUppercaseCharacters = true, RequireLowercaseCharacters = true,
        },
        OptedInRegions = [],
    };

    public static AwsIamUser IamUser(string? name = null)
    {
        var n = Next();
        return new AwsIamUser
        {
            SourceId = AwsSource,
            AccountId = AccountId,
            UserName = name ?? $"iam-user-{n}",
            Arn = $"arn:aws:iam::{AccountId}:user/{name ?? $"iam-user-{n}"}",
            CreatedAt = Now.AddYears(-1),
            PasswordEnabled = true,
            MfaActive = true,
            AttachedPolicyArns = [],
            GroupPolicyArns = [],
            InlinePolicyNames = [],
            AdministratorPolicies = [],
            GroupAdministratorPolicies = [],
        };
    }

    /// <summary>An IAM Identity Center user of the AWS source's instance, holding no administrator assignment.</summary>
    public static AwsIdentityCenterUser IdentityCenterUser(string? userName = null, string? externalId = null)
    {
        var n = Next();
        return new AwsIdentityCenterUser
        {
            SourceId = AwsSource,
            AccountId = AccountId,
            InstanceArn = "arn:aws:sso:::instance/ssoins-1111222233334444",
            IdentityStoreId = "d-1111222233",
            UserId = $"90676a1b2c-{n:D4}",
            UserName = userName ?? $"center-user-{n}@contoso.example",
            ExternalIds = externalId is null ? [] : [new IdentityCenterExternalId("https://scim.aws.com/d-1111222233", externalId)],
            AdministratorAssignments = [],
        };
    }

    /// <summary>The AdministratorAccess permission set assigned in the AWS source's account, directly or through a group.</summary>
    public static IdentityCenterAssignment AdministratorAssignment(string? group = null) => new()
    {
        AccountId = AccountId,
        PermissionSetArn = "arn:aws:sso:::permissionSet/ssoins-1111222233334444/ps-0a1b2c3d4e5f6a7b",
        PermissionSetName = "AdministratorAccess",
        GroupId = group is null ? null : $"g-{group}",
        GroupName = group,
    };

    /// <summary>A role trusted only inside its account, without administrator policies.</summary>
    public static AwsIamRole IamRole(string? name = null)
    {
        var n = name ?? $"role-{Next()}";
        return new AwsIamRole
        {
            SourceId = AwsSource, AccountId = AccountId, RoleName = n, Arn = $"arn:aws:iam::{AccountId}:role/{n}", Path = "/",
            CreatedAt = Now.AddYears(-1), AdministratorPolicies = [],
        };
    }

    /// <summary>An attached customer-managed policy that allows only what it names.</summary>
    public static AwsIamPolicy IamPolicy(string? name = null)
    {
        var n = name ?? $"policy-{Next()}";
        return new AwsIamPolicy
        {
            SourceId = AwsSource, AccountId = AccountId, PolicyName = n, Arn = $"arn:aws:iam::{AccountId}:policy/{n}",
            AttachmentCount = 1, AllowsFullAccess = false, GrantsAdministration = false,
        };
    }

    public static CloudResource AzureResource(string region = "japaneast", string? country = "JP")
    {
        var n = Next();
        return new CloudResource
        {
            SourceId = AzureSource,
            Provider = "azure",
            Scope = SubscriptionId,
            Kind = "Microsoft.Storage/storageAccounts",
            Id = $"/subscriptions/{SubscriptionId}/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st{n}",
            Name = $"st{n}",
            Region = region,
            Country = country,
        };
    }

    public static CloudResource AwsResource(string kind, string region = "ap-northeast-1", string? country = "JP")
    {
        var n = Next();
        return new CloudResource
        {
            SourceId = AwsSource,
            Provider = "aws",
            Scope = AccountId,
            Kind = kind,
            Id = kind == "aws:s3:bucket" ? $"bucket-{n}" : $"i-{n:D17}",
            Name = kind == "aws:s3:bucket" ? $"bucket-{n}" : null,
            Region = region,
            Country = country,
        };
    }

    public static AzureSubscription AzureSubscription() => new()
    {
        SourceId = AzureSource,
        SubscriptionId = SubscriptionId,
        DisplayName = "Contoso Production",
        TenantId = TenantId,
        State = "Enabled",
        AllowedLocationsPolicyAssigned = true,
        PrivilegedRoleHolders = [RoleHolder("Owner"), RoleHolder("Owner")],
    };

    /// <summary>A member user holding an Azure RBAC role, its guest status resolved from Entra ID.</summary>
    public static AzureRoleHolder RoleHolder(string roleName, string userType = "Member") => new()
    {
        PrincipalId = $"33333333-0000-0000-0000-{Next():D12}",
        PrincipalType = "User",
        RoleName = roleName,
        IsGuest = userType == "Guest",
        UserType = userType,
    };
}
