using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Facts.Entra;

namespace ComplianceEngine.Engine.People.Internal;

/// <summary>
/// Finds the person behind an IAM Identity Center user: a line of the identityLinks mapping file naming its user name
/// (with the Identity Center account, or any), then its external id (Microsoft Entra provisioning writes the Entra
/// object id there), then its user name as a user principal name, then its emails as user principal names.
/// </summary>
internal sealed class IdentityCenterLinker
{
    private readonly EntraDirectory _directory;
    private readonly Dictionary<(string Account, string User), string> _mapped = new();

    public IdentityCenterLinker(IdentityLinkSettings settings, EntraDirectory directory)
    {
        _directory = directory;
        foreach (var m in settings.Mappings)
            _mapped.TryAdd((m.AccountId ?? string.Empty, m.IamUserName), m.EntraUser);
    }

    public IdentityCenterIdentity Link(AwsIdentityCenterUser user)
    {
        var directory = _directory;
        if (_mapped.TryGetValue((user.AccountId, user.UserName), out var mapped) || _mapped.TryGetValue((string.Empty, user.UserName), out mapped))
        {
            return directory.Named(mapped) is { } person
                ? Found(user, "mapping", mapped, person)
                : new IdentityCenterIdentity
                {
                    SourceId = user.SourceId, User = user, LinkMethod = "mapping", LinkTarget = mapped,
                    State = directory.IsComplete ? LinkState.Deleted : LinkState.Unresolved,
                };
        }
        foreach (var external in user.ExternalIds)
        {
            if (directory.ById(external.Id) is { } person)
                return Found(user, "externalId", external.Id, person);
        }
        if (directory.Named(user.UserName) is { } named)
            return Found(user, "userName", user.UserName, named);
        foreach (var email in user.Emails)
        {
            if (directory.Named(email) is { } mailed)
                return Found(user, "email", email, mailed);
        }
        // An external id from Entra provisioning that the complete directory no longer holds: the person was deleted.
        if (user.ExternalIds.FirstOrDefault(e => Guid.TryParse(e.Id, out _)) is { } orphanedId)
        {
            return new IdentityCenterIdentity
            {
                SourceId = user.SourceId, User = user, LinkMethod = "externalId", LinkTarget = orphanedId.Id,
                State = directory.IsComplete ? LinkState.Deleted : LinkState.Unresolved,
            };
        }
        return new IdentityCenterIdentity { SourceId = user.SourceId, User = user };
    }

    private static IdentityCenterIdentity Found(AwsIdentityCenterUser user, string method, string target, EntraUser person) => new()
    {
        SourceId = user.SourceId, User = user, LinkMethod = method, LinkTarget = target, Person = person,
        State = person.AccountEnabled == false ? LinkState.Disabled : LinkState.Active,
    };
}
