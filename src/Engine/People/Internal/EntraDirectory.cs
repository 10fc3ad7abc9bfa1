using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Engine.People.Internal;

/// <summary>The Entra users of a snapshot by object id, user principal name and alias (the part before the @).</summary>
internal sealed class EntraDirectory
{
    private readonly Dictionary<string, EntraUser> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntraUser> _byUpn = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntraUser?> _byAlias = new(StringComparer.OrdinalIgnoreCase);

    public EntraDirectory(FactSnapshot snapshot)
    {
        foreach (var user in snapshot.Facts.EntraUsers)
        {
            _byId.TryAdd(user.Id, user);
            _byUpn.TryAdd(user.UserPrincipalName, user);
            var at = user.UserPrincipalName.IndexOf('@', StringComparison.Ordinal);
            if (at > 0)
            {
                var alias = user.UserPrincipalName[..at];
                // An alias two users share names nobody in particular.
                _byAlias[alias] = _byAlias.ContainsKey(alias) ? null : user;
            }
        }
        var entra = snapshot.Sources.Where(s => s.Provider == "entra").ToList();
        IsComplete = entra.Count > 0 && entra.All(s => s.GapsIn(Datasets.EntraUsers).Count == 0);
    }

    /// <summary>Every Entra source's users were read completely: a name not found was deleted, not unread.</summary>
    public bool IsComplete { get; }

    public EntraUser? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>A user principal name or an object id.</summary>
    public EntraUser? Named(string upnOrId) => _byUpn.GetValueOrDefault(upnOrId) ?? _byId.GetValueOrDefault(upnOrId);

    public EntraUser? ByAlias(string alias) => _byAlias.GetValueOrDefault(alias);
}
