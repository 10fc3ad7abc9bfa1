namespace ComplianceEngine.Engine.Configuration;

/// <summary>
/// rules.json's <c>identityLinks</c> section: how an AWS IAM user is linked to the Entra ID user who is the person behind
/// it. The first link found wins, in this order: the mapping file, an IAM tag, the naming convention.
/// </summary>
public sealed record IdentityLinkSettings
{
    /// <summary>IAM user tags whose value names the Entra user (user principal name or object id), tried in order.</summary>
    public IReadOnlyList<string> AwsTagKeys { get; init; } = ["email", "owner", "upn"];

    /// <summary>The mapping file (<c>mappingFile</c>, CSV <c>awsAccountId,iamUserName,entraUser</c>), absolute; null for none.</summary>
    public string? MappingFile { get; init; }

    /// <summary>The explicit links read from <see cref="MappingFile"/>.</summary>
    public IReadOnlyList<IdentityMapping> Mappings { get; init; } = [];

    /// <summary>
    /// How IAM user names are made from Entra users (<c>awsNamingConvention</c>): a template with one of
    /// <c>{upn}</c> (the whole user principal name) or <c>{alias}</c> (the part before the @), e.g. <c>adm-{alias}</c>;
    /// null when IAM user names follow no convention.
    /// </summary>
    public string? AwsNamingConvention { get; init; }

    public static IdentityLinkSettings Default { get; } = new();
}

/// <summary>One line of the mapping file: the IAM user — or IAM Identity Center user, by user name — (in one account, or in any when <see cref="AccountId"/> is empty)
/// and the Entra user (user principal name or object id) who is the person behind it.</summary>
public sealed record IdentityMapping(string? AccountId, string IamUserName, string EntraUser, int Line);
