using ComplianceEngine.Engine.Configuration;
using ComplianceEngine.Engine.Facts.Aws;

namespace ComplianceEngine.Engine.People.Internal;

/// <summary>Finds the person behind an IAM user: the mapping file, then an IAM tag, then the naming convention.</summary>
internal sealed class AwsLinker
{
    private readonly IdentityLinkSettings _settings;
    private readonly EntraDirectory _directory;
    private readonly Dictionary<(string Account, string User), string> _mapped = new();
    private readonly string? _prefix;
    private readonly string? _suffix;
    private readonly bool _byAlias;

    public AwsLinker(IdentityLinkSettings settings, EntraDirectory directory)
    {
        _settings = settings;
        _directory = directory;
        foreach (var m in settings.Mappings)
            _mapped.TryAdd((m.AccountId ?? string.Empty, m.IamUserName), m.EntraUser);
        if (settings.AwsNamingConvention is { } template)
        {
            var token = template.Contains("{alias}", StringComparison.Ordinal) ? "{alias}" : "{upn}";
            var at = template.IndexOf(token, StringComparison.Ordinal);
            if (at >= 0)
            {
                _prefix = template[..at];
                _suffix = template[(at + token.Length)..];
                _byAlias = token == "{alias}";
            }
        }
    }

    public AwsIdentity Link(AwsIamUser user)
    {
        if (_mapped.TryGetValue((user.AccountId, user.UserName), out var mapped) || _mapped.TryGetValue((string.Empty, user.UserName), out mapped))
            return Named(user, "mapping", mapped);
        if (user.Tags is { Count: > 0 } tags)
        {
            foreach (var key in _settings.AwsTagKeys)
            {
                foreach (var (tagKey, value) in tags)
                {
                    if (string.Equals(tagKey, key, StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(value))
                        return Named(user, $"tag:{tagKey}", value.Trim());
                }
            }
        }
        if (_prefix is not null && user.UserName.Length > _prefix.Length + _suffix!.Length
            && user.UserName.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase) && user.UserName.EndsWith(_suffix, StringComparison.OrdinalIgnoreCase))
        {
            var middle = user.UserName[_prefix.Length..^_suffix.Length];
            // A convention is a guess from the name: a name that matches no user links to nobody rather than to a leaver.
            var person = _byAlias ? _directory.ByAlias(middle) : _directory.Named(middle);
            if (person is not null)
                return Found(user, "naming", middle, person);
        }
        return new AwsIdentity { SourceId = user.SourceId, IamUser = user };
    }

    private AwsIdentity Named(AwsIamUser user, string method, string target)
    {
        if (_directory.Named(target) is { } person)
            return Found(user, method, target, person);
        return new AwsIdentity
        {
            SourceId = user.SourceId, IamUser = user, LinkMethod = method, LinkTarget = target,
            State = _directory.IsComplete ? LinkState.Deleted : LinkState.Unresolved,
        };
    }

    private static AwsIdentity Found(AwsIamUser user, string method, string target, Facts.Entra.EntraUser person) => new()
    {
        SourceId = user.SourceId, IamUser = user, LinkMethod = method, LinkTarget = target, Person = person,
        State = person.AccountEnabled == false ? LinkState.Disabled : LinkState.Active,
    };
}
