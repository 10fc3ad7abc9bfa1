using ComplianceEngine.Collectors.Aws.Internal.Policies;
using ComplianceEngine.Engine.Facts.Aws;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>Joins the IAM findings into subject-centred facts: the account with its root user, and each IAM user.</summary>
internal static class AwsFactAssembler
{
    public static AwsAccount Account(string sourceId, string accountId, IamFindings iam)
    {
        var root = iam.Report?.Rows.FirstOrDefault(r => r.IsRoot);
        var summary = iam.Summary;
        var mfaEnabled = Flag(summary, "AccountMFAEnabled") ?? root?.MfaActive;
        return new AwsAccount
        {
            SourceId = sourceId,
            AccountId = accountId,
            Alias = iam.Alias,
            RootMfaEnabled = mfaEnabled,
            RootHardwareMfa = mfaEnabled switch
            {
                false => false,
                true when iam.RootHasVirtualMfa is { } hasVirtual => !hasVirtual,
                _ => null,
            },
            RootAccessKeysPresent = Flag(summary, "AccountAccessKeysPresent") ?? root?.Keys.Any(k => k.Active == true),
            RootPasswordEnabled = Flag(summary, "AccountPasswordPresent") ?? root?.PasswordEnabled,
            RootPasswordLastUsed = root?.PasswordLastUsed,
            RootAccessKeyLastUsed = root?.Keys.Max(k => k.LastUsed),
            RootAccessKeys = root is null ? null : AccessKeys(root, null),
            PasswordPolicy = iam.PasswordPolicy,
        };
    }

    public static List<AwsIamUser> Users(string sourceId, string accountId, IamFindings iam)
    {
        var rows = (iam.Report?.Rows ?? []).Where(r => !r.IsRoot).DistinctBy(r => r.User, StringComparer.Ordinal)
            .ToDictionary(r => r.User, StringComparer.Ordinal);
        var listings = iam.Users.ToDictionary(u => u.UserName, StringComparer.Ordinal);
        // A row that did not parse still names its user: the user is kept, with a gap (CredentialReportGaps), not dropped.
        var unparsed = (iam.Report?.Problems ?? []).Select(p => p.User).OfType<string>().Where(u => u != CredentialReportRow.RootUser);
        // Once the user listing has run to the end it is the current set; report rows of users deleted since are dropped.
        var names = iam.UsersListed
            ? listings.Keys
            : rows.Keys.Union(listings.Keys, StringComparer.Ordinal).Union(unparsed, StringComparer.Ordinal);
        return names.Order(StringComparer.Ordinal).Select(name =>
        {
            var row = rows.GetValueOrDefault(name);
            var listing = listings.GetValueOrDefault(name);
            var serials = iam.MfaSerials.GetValueOrDefault(name);
            return new AwsIamUser
            {
                SourceId = sourceId,
                AccountId = accountId,
                UserName = name,
                Arn = row?.Arn ?? listing?.Arn,
                CreatedAt = row?.CreatedAt ?? listing?.CreatedAt,
                PasswordEnabled = row?.PasswordEnabled ?? false,
                PasswordLastUsed = row?.PasswordLastUsed,
                PasswordLastChanged = row?.PasswordLastChanged,
                MfaActive = row?.MfaActive ?? serials is { Count: > 0 },
                HardwareMfa = serials?.Any(IsHardwareSerial),
                AccessKeys = row is null ? [] : AccessKeys(row, iam.AccessKeyIds.Listed.GetValueOrDefault(name)),
                AttachedPolicyArns = listing?.AttachedPolicyArns,
                GroupPolicyArns = listing?.GroupPolicyArns,
                InlinePolicyNames = listing?.InlinePolicyNames,
                AdministratorPolicies = listing?.AdministratorPolicies,
                GroupAdministratorPolicies = listing?.GroupAdministratorPolicies,
                AdministratorGroups = listing?.AdministratorGroups,
                Tags = listing?.Tags,
            };
        }).ToList();
    }

    /// <summary>The roles, with their trust policy read against the account and the organisation's other accounts.</summary>
    public static List<AwsIamRole> Roles(string sourceId, string accountId, AuthorizationFindings found, IReadOnlySet<string> organisation) =>
        found.Roles.Select(r =>
        {
            var trust = PolicyDocument.Parse(r.TrustPolicy) is { } document ? TrustReading.Read(document, accountId, organisation) : null;
            return new AwsIamRole
            {
                SourceId = sourceId,
                AccountId = accountId,
                RoleName = r.RoleName,
                Arn = r.Arn,
                Path = r.Path,
                CreatedAt = r.CreateDate,
                LastUsed = r.LastUsed,
                AttachedPolicyArns = IamAuthorizationCollection.Sorted(r.AttachedPolicyArns),
                InlinePolicyNames = IamAuthorizationCollection.Sorted(r.InlinePolicies.Select(p => p.Name)),
                AdministratorPolicies = found.Administrator.Of(r.AttachedPolicyArns, r.InlinePolicies, "inline:"),
                TrustPolicyRead = trust is not null,
                TrustsAnyPrincipal = trust?.AnyPrincipal ?? false,
                ExternalAccounts = trust?.ExternalAccounts ?? [],
                UnconditionedExternalAccounts = trust?.UnconditionedExternalAccounts ?? [],
            };
        }).OrderBy(r => r.Arn, StringComparer.Ordinal).ToList();

    /// <summary>The customer-managed policies with what their default version allows.</summary>
    public static List<AwsIamPolicy> Policies(string sourceId, string accountId, AuthorizationFindings found) =>
        found.CustomerPolicies.Select(p =>
        {
            var document = PolicyDocument.Parse(p.DefaultDocument);
            return new AwsIamPolicy
            {
                SourceId = sourceId,
                AccountId = accountId,
                PolicyName = p.PolicyName,
                Arn = p.Arn,
                AttachmentCount = p.AttachmentCount,
                AllowsFullAccess = document is null ? null : AdministratorReading.AllowsFullAccess(document),
                GrantsAdministration = document is null ? null : AdministratorReading.GrantsAdministration(document),
            };
        }).OrderBy(p => p.Arn, StringComparer.Ordinal).ToList();

    /// <summary>The key slots that hold a key: active, or inactive but once rotated (created).</summary>
    private static List<AwsAccessKey> AccessKeys(CredentialReportRow row, IReadOnlyList<ListedAccessKey>? listed)
    {
        var slots = row.Keys.Select((k, i) => (k, slot: i + 1)).Where(x => x.k.Active == true || x.k.LastRotated is not null).ToList();
        var dates = slots.Select(x => (x.slot, x.k.LastRotated)).ToList();
        return slots.Select(x => new AwsAccessKey
        {
            Slot = x.slot, Active = x.k.Active == true, LastRotated = x.k.LastRotated, LastUsed = x.k.LastUsed,
            AccessKeyId = AccessKeyIdCollection.IdOf(listed, dates, x.slot),
        }).ToList();
    }

    /// <summary>Virtual MFA and FIDO keys are ARNs (<c>arn:aws:iam::…:mfa/…</c>, <c>…:u2f/…</c>); hardware TOTP tokens have a vendor serial.</summary>
    private static bool IsHardwareSerial(string serial) => !serial.StartsWith("arn:", StringComparison.Ordinal);

    private static bool? Flag(IReadOnlyDictionary<string, long>? summary, string key) =>
        summary is not null && summary.TryGetValue(key, out var value) ? value > 0 : null;
}
