namespace ComplianceEngine.Engine.People;

/// <summary>
/// A fact built by joining facts of several sources (<see cref="PersonModel"/>). A join is complete only where every
/// side is: besides the gaps of its own source and scopes, a joined fact is touched by the gaps of every source on the
/// other side of the join that may hide a link (a whole dataset, a subscription or region), and by item gaps of the
/// facts it was linked to.
/// </summary>
public interface IJoinedFact
{
    /// <summary>The sources on the other side of the join: any of their facts could have linked to this one.</summary>
    IReadOnlyList<string> JoinedSources { get; }

    /// <summary>The item scopes (<c>item:&lt;resource key&gt;</c>) of the facts linked in, with their source.</summary>
    IEnumerable<(string Source, string Scope)> LinkedScopes { get; }

    /// <summary>
    /// Whether the fact depends on the members of groups holding Azure roles (<c>entra.groupMembers</c>): a group
    /// principal, a member holding through one, a person of a tenant where a group's members are unknown. Other facts
    /// are not touched by that dataset's gaps, so a snapshot made without it loses only what groups hold.
    /// </summary>
    bool NeedsGroupMembers { get; }

    /// <summary>Sources joined for one dataset only (the account that read IAM Identity Center, for an IAM user): only
    /// their whole-dataset and hiding gaps in that dataset touch the fact.</summary>
    IEnumerable<(string Source, string Dataset)> JoinedDatasets => [];
}
