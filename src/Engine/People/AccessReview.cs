using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.People.Internal;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People;

/// <summary>
/// The privileged-access review: one row per person × privileged grant — every Entra directory role (active and
/// eligible), every Owner / User Access Administrator / Contributor assignment at subscription or management-group
/// scope (an assignment inherited by several subscriptions once), every administrator policy of an AWS IAM user
/// (direct or through a group), every administrator permission set assigned to an IAM Identity Center user in an account
/// (direct or through a group) — in one linear pass over the person model. An Azure assignment to a group is one row
/// per member when the members were read; directory roles of service principals and managed identities are listed too.
/// </summary>
public static class AccessReview
{
    // The same methods the PERSON-MFA-01 and ENT-MFA-04 rules count as phishing-resistant.
    private static readonly HashSet<string> PhishingResistant = new(StringComparer.OrdinalIgnoreCase)
    {
        "fido2SecurityKey", "windowsHelloForBusiness", "passKeyDeviceBound", "passKeyDeviceBoundAuthenticator", "passKeyDeviceBoundWindowsHello",
    };

    public static IReadOnlyList<AccessReviewRow> Of(FactSnapshot snapshot, IdentityLinkSettings links)
    {
        var people = (snapshot.Facts.People ?? PersonModel.Build(snapshot, links));
        var rows = new List<AccessReviewRow>();
        foreach (var person in people.Persons)
            rows.AddRange(EntraRows(person.User));
        var seen = new HashSet<(string, string, string)>();
        foreach (var principal in people.AzurePrincipals)
        {
            // A group whose members were read is reviewed on each member's row; unknown members keep the group's row.
            if (principal.IsGroup && principal.MembersKnown)
                continue;
            var holder = principal.ViaGroup ? $"{principal.Group!.Id}/{principal.PrincipalId}" : principal.PrincipalId;
            foreach (var a in principal.Assignments)
            {
                var scope = a.Scope ?? $"/subscriptions/{principal.Subscription.SubscriptionId}";
                if (seen.Add((holder.ToLowerInvariant(), a.RoleName, scope.ToLowerInvariant())))
                    rows.Add(AzureRow(principal, a.RoleName, scope));
            }
        }
        rows.AddRange(ServicePrincipalRows.Of(snapshot));
        foreach (var identity in people.AwsIdentities)
            rows.AddRange(AwsRows(identity));
        foreach (var identity in people.IdentityCenterIdentities)
            rows.AddRange(IdentityCenterRows(identity));
        rows.Sort(static (x, y) => Compare(x, y));
        return rows;
    }

    private static int Compare(AccessReviewRow x, AccessReviewRow y)
    {
        foreach (var (a, b) in new[] { (x.Person, y.Person), (x.Provider, y.Provider), (x.Scope, y.Scope), (x.Identity, y.Identity), (x.Grant, y.Grant), (x.GrantType, y.GrantType), (x.HeldThrough, y.HeldThrough) })
        {
            var c = string.CompareOrdinal(a, b);
            if (c != 0)
                return c;
        }
        return 0;
    }

    private static IEnumerable<AccessReviewRow> EntraRows(EntraUser user) => user.Roles.Select(role => new AccessReviewRow
    {
        Person = user.UserPrincipalName,
        PersonState = StateOf(user),
        Provider = "entra",
        Grant = role.RoleName ?? role.RoleTemplateId,
        GrantType = role.IsEligible ? "Entra role (eligible)" : "Entra role (active)",
        Scope = user.TenantId,
        Identity = user.UserPrincipalName,
        HeldThrough = string.Join("; ", new[]
        {
            role.ViaGroupId is { } group ? $"group {group}" : "direct",
            role.IsPermanent ? "permanent" : $"until {role.EndDateTime:yyyy-MM-dd}",
            role.ManagedByPim switch { true => "PIM", false => "outside PIM", null => null },
        }.OfType<string>()),
        Source = user.SourceId,
        LastUse = user.SignIn?.LastActivity,
        Mfa = MfaOf(user),
    });

    private static AccessReviewRow AzureRow(AzurePrincipal principal, string role, string scope) => new()
    {
        Person = principal.User?.UserPrincipalName ?? principal.State switch
        {
            LinkState.Deleted => $"(deleted principal {principal.PrincipalId})",
            _ when principal.IsGroup => $"({principal.GroupName}: members unknown)",
            _ => $"({principal.PrincipalType ?? "principal"} {principal.PrincipalId})",
        },
        PersonState = principal.User is { } user ? StateOf(user)
            : principal.IsGroup ? "group" : StateOf(principal.State),
        Provider = "azure",
        Grant = role,
        GrantType = "Azure RBAC",
        Scope = scope,
        Identity = principal.PrincipalId,
        HeldThrough = principal.ViaGroup ? principal.GroupName : principal.PrincipalType is { } type ? $"direct ({type})" : "direct",
        Source = principal.SourceId,
        LastUse = principal.User?.SignIn?.LastActivity,
        Mfa = principal.User is { } u ? MfaOf(u) : "n/a",
    };

    private static IEnumerable<AccessReviewRow> AwsRows(AwsIdentity identity)
    {
        var user = identity.IamUser;
        if (user.AdministratorPolicies is null || user.GroupAdministratorPolicies is null)
        {
            yield return AwsRow(identity, "(policies not read)", "AWS administrator (unknown)");
            yield break;
        }
        foreach (var policy in user.AdministratorPolicies)
            yield return AwsRow(identity, policy, "AWS administrator (direct)");
        foreach (var policy in user.GroupAdministratorPolicies)
            yield return AwsRow(identity, policy, "AWS administrator (group)");
    }

    private static AccessReviewRow AwsRow(AwsIdentity identity, string policy, string type)
    {
        var user = identity.IamUser;
        return new AccessReviewRow
        {
            Person = identity.Person?.UserPrincipalName ?? (identity.LinkTarget is { } target ? target : $"(no person: IAM user {user.UserName})"),
            PersonState = StateOf(identity.State),
            Provider = "aws",
            Grant = policy,
            GrantType = type,
            Scope = user.AccountId,
            Identity = user.Arn ?? user.UserName,
            HeldThrough = identity.LinkMethod is { } method ? $"IAM user linked by {method}" : "IAM user, not linked",
            Source = user.SourceId,
            LastUse = LastUse(user),
            Mfa = $"IAM MFA {(user.MfaActive ? "on" : "off")}" + (identity.Person is { } p ? $"; Entra: {MfaOf(p)}" : string.Empty),
        };
    }

    // One row per person × account × administrator permission set, direct or through a group.
    private static IEnumerable<AccessReviewRow> IdentityCenterRows(IdentityCenterIdentity identity)
    {
        var user = identity.User;
        if (user.AdministratorAssignments is null)
        {
            yield return IdentityCenterRow(identity, "(assignments not read)", user.AccountId, "unknown");
            yield break;
        }
        foreach (var a in user.AdministratorAssignments)
            yield return IdentityCenterRow(identity, a.PermissionSetName, a.AccountId, a.HeldThrough);
    }

    private static AccessReviewRow IdentityCenterRow(IdentityCenterIdentity identity, string permissionSet, string account, string through) => new()
    {
        Person = identity.Person?.UserPrincipalName ?? (identity.LinkTarget is { } target ? target : $"(no person: Identity Center user {identity.User.UserName})"),
        PersonState = StateOf(identity.State),
        Provider = "aws",
        Grant = permissionSet,
        GrantType = "AWS administrator (Identity Center)",
        Scope = account,
        Identity = identity.User.UserName,
        HeldThrough = $"{through}; Identity Center user " + (identity.LinkMethod is { } method ? $"linked by {method}" : "not linked"),
        Source = identity.User.SourceId,
        // Identity Center users sign in through the identity provider: the person's Entra sign-in is their last use.
        LastUse = identity.Person?.SignIn?.LastActivity,
        Mfa = identity.Person is { } p ? $"Entra: {MfaOf(p)}" : "n/a",
    };

    private static DateTimeOffset? LastUse(AwsIamUser user) =>
        user.AccessKeys.Select(k => k.LastUsed).Aggregate(user.PasswordLastUsed, Person.Later);

    private static string StateOf(EntraUser user) => user.AccountEnabled switch { false => "disabled", true => "enabled", null => "unknown" };

    private static string MfaOf(EntraUser user)
    {
        if (user.Mfa is not { } mfa)
            return "unknown (not in the registration report)";
        var resistant = mfa.MethodsRegistered.Where(PhishingResistant.Contains).ToList();
        if (resistant.Count > 0)
            return $"phishing-resistant ({string.Join(", ", resistant)})";
        return mfa.IsMfaRegistered || mfa.MethodsRegistered.Count > 0 ? $"MFA ({string.Join(", ", mfa.MethodsRegistered)})" : "none";
    }

    private static string StateOf(LinkState state) => state switch
    {
        LinkState.Active => "enabled", LinkState.Disabled => "disabled", LinkState.Deleted => "deleted",
        LinkState.Unresolved => "unresolved", _ => "no person",
    };
}
