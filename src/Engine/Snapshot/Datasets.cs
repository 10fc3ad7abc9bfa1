namespace ComplianceEngine.Engine.Snapshot;

/// <summary>
/// The names of the datasets a source can provide. Rules state which they need; a source whose dataset is
/// missing turns the rule's outcome for that source into Error.
/// </summary>
public static class Datasets
{
    public const string EntraUsers = "entra.users";
    public const string EntraSignInActivity = "entra.signInActivity";
    public const string EntraMfaRegistration = "entra.mfaRegistration";
    public const string EntraDirectoryRoles = "entra.directoryRoles";
    public const string EntraPim = "entra.pim";
    public const string EntraOrganization = "entra.organization";
    public const string EntraSecurityDefaults = "entra.securityDefaults";
    public const string EntraConditionalAccess = "entra.conditionalAccess";

    /// <summary>The authorization policy: who may register apps, consent, invite guests, and the guest access level.</summary>
    public const string EntraAuthorizationPolicy = "entra.authorizationPolicy";

    /// <summary>The authentication methods policy: migration state and each method's configuration.</summary>
    public const string EntraAuthenticationMethodsPolicy = "entra.authenticationMethodsPolicy";

    /// <summary>The admin consent workflow (adminConsentRequestPolicy).</summary>
    public const string EntraAdminConsentPolicy = "entra.adminConsentPolicy";

    /// <summary>Directory settings (groupSettings): the "Consent Policy Settings" object.</summary>
    public const string EntraDirectorySettings = "entra.directorySettings";

    /// <summary>The tenant's domains with their password validity period.</summary>
    public const string EntraDomains = "entra.domains";

    /// <summary>PIM role-management policies of the highly privileged roles: their notification rules.</summary>
    public const string EntraPimPolicies = "entra.pimPolicies";
    /// <summary>Built-in and custom authentication strengths (conditionalAccess/authenticationStrength/policies).</summary>
    public const string EntraAuthenticationStrengths = "entra.authenticationStrengths";

    /// <summary>The tenant's licences (subscribedSkus): whether it has Microsoft Entra ID P2, for the risk-based rules.</summary>
    public const string EntraSubscribedSkus = "entra.subscribedSkus";

    /// <summary>Transitive user members of the groups that hold Azure role assignments (<see cref="Facts.Entra.EntraGroup"/>).</summary>
    public const string EntraGroupMembers = "entra.groupMembers";

    public const string AwsCredentialReport = "aws.credentialReport";
    public const string AwsAccountSummary = "aws.accountSummary";

    /// <summary>ListVirtualMFADevices: which MFA devices (the root user's included) are virtual. Added in format version 2;
    /// before, it was part of <see cref="AwsAccountSummary"/>.</summary>
    public const string AwsMfaDevices = "aws.mfaDevices";
    public const string AwsPasswordPolicy = "aws.passwordPolicy";

    /// <summary>ListAccessKeys for the users whose keys may fail a key rule: the key ids named in fixes. No rule's verdict
    /// reads it, so no rule declares it; a gap leaves the fix generic, never a verdict undecided.</summary>
    public const string AwsAccessKeys = "aws.accessKeys";
    public const string AwsUserPolicies = "aws.userPolicies";

    /// <summary>Roles and customer-managed policies (GetAccountAuthorizationDetails), with the trust and administrator
    /// readings the collector derives from their documents.</summary>
    public const string AwsRolesAndPolicies = "aws.rolesAndPolicies";
    public const string AwsS3 = "aws.s3";
    public const string AwsEc2 = "aws.ec2";

    /// <summary>EBS snapshots the account owns (EC2 DescribeSnapshots, OwnerIds=self), per enabled region.</summary>
    public const string AwsEbs = "aws.ebs";

    /// <summary>DynamoDB tables (ListTables), per enabled region.</summary>
    public const string AwsDynamoDb = "aws.dynamodb";

    /// <summary>Lambda functions (ListFunctions), per enabled region.</summary>
    public const string AwsLambda = "aws.lambda";

    /// <summary>EFS file systems (DescribeFileSystems), per enabled region.</summary>
    public const string AwsEfs = "aws.efs";

    /// <summary>RDS DB instances and DB snapshots (DescribeDBInstances, DescribeDBSnapshots), per enabled region.</summary>
    public const string AwsRds = "aws.rds";

    /// <summary>IAM Identity Center: the instance (ListInstances) and its identity store's users, groups and the memberships
    /// of groups holding administrator assignments; read only where the source names the home region.</summary>
    public const string AwsIdentityCenter = "aws.identityCenter";

    /// <summary>IAM Identity Center permission sets, which of them grant administration (managed and inline policies), and
    /// the account assignments of those.</summary>
    public const string AwsIdentityCenterAssignments = "aws.identityCenterAssignments";

    /// <summary>The reason on the Identity Center datasets of an AWS source that was not asked to read it: complete, with
    /// nothing in them, as Identity Center is read only from the account and region that hold it.</summary>
    public static readonly string IdentityCenterNotConfigured = "not configured: no identityCenterRegion for this source";

    public const string AzureSubscriptions = "azure.subscriptions";
    public const string AzureResources = "azure.resources";
    public const string AzurePolicyAssignments = "azure.policyAssignments";
    public const string AzureRoleAssignments = "azure.roleAssignments";

    /// <summary>Every dataset name above, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        EntraUsers, EntraSignInActivity, EntraMfaRegistration, EntraDirectoryRoles, EntraPim, EntraOrganization,
        EntraSecurityDefaults, EntraConditionalAccess,
        EntraAuthorizationPolicy, EntraAuthenticationMethodsPolicy, EntraAdminConsentPolicy, EntraDirectorySettings, EntraDomains, EntraPimPolicies,
        EntraAuthenticationStrengths, EntraSubscribedSkus,
        EntraGroupMembers,
        AwsCredentialReport, AwsAccountSummary, AwsMfaDevices, AwsAccessKeys, AwsPasswordPolicy, AwsUserPolicies, AwsRolesAndPolicies, AwsS3, AwsEc2, AwsEbs, AwsDynamoDb, AwsLambda, AwsEfs, AwsRds,
        AwsIdentityCenter, AwsIdentityCenterAssignments,
        AzureSubscriptions, AzureResources, AzurePolicyAssignments, AzureRoleAssignments,
    ];

    public static bool IsKnown(string dataset) => All.Contains(dataset, StringComparer.Ordinal);

    /// <summary>The datasets a source of this provider can provide.</summary>
    public static IEnumerable<string> Of(string provider) => All.Where(d => ProviderOf(d) == provider);

    /// <summary>The provider a dataset belongs to: the part before the first dot.</summary>
    public static string ProviderOf(string dataset)
    {
        var dot = dataset.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? dataset : dataset[..dot];
    }
}
