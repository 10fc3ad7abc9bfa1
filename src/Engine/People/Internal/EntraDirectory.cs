using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People.Internal;

/// <summary>The Entra users of a snapshot by object id, user principal name and alias (the part before the @).</summary>
internal sealed class EntraDirectory
{
    private readonly Dictionary<string, EntraUser> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntraUser> _byUpn = new(StringComparer.OrdinalIgnoreCase);
    private readonly IReadOnlyList<EntraUser> _users;
    private Dictionary<string, EntraUser?>? _byAlias;

    public EntraDirectory(FactSnapshot snapshot)
    {
        _users = snapshot.Facts.EntraUsers;
        foreach (var user in _users)
        {
            _byId.TryAdd(user.Id, user);
            _byUpn.TryAdd(user.UserPrincipalName, user);
        }
        var entra = snapshot.Sources.Where(s => s.Provider == "entra").ToList();
        IsComplete = entra.Count > 0 && entra.All(s => s.GapsIn(Datasets.EntraUsers).Count == 0);
    }

    /// <summary>Every Entra source's users were read completely: a name not found was deleted, not unread.</summary>
    public bool IsComplete { get; }

    public EntraUser? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>A user principal name or an object id.</summary>
    public EntraUser? Named(string upnOrId) => _byUpn.GetValueOrDefault(upnOrId) ?? _byId.GetValueOrDefault(upnOrId);

    /// <summary>Built on first use: only a naming convention with {alias} needs it.</summary>
    public EntraUser? ByAlias(string alias) => (_byAlias ??= Aliases()).GetValueOrDefault(alias);

    private Dictionary<string, EntraUser?> Aliases()
    {
        var aliases = new Dictionary<string, EntraUser?>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in _users)
        {
            var at = user.UserPrincipalName.IndexOf('@', StringComparison.Ordinal);
            if (at <= 0)
                continue;
            var alias = user.UserPrincipalName[..at];
            // An alias two users share names nobody in particular.
            aliases[alias] = aliases.ContainsKey(alias) ? null : user;
        }
        return aliases;
    }
}
