namespace ComplianceEngine.Engine.Configuration;

/// <summary>
/// An accepted exception, like <c>[SuppressMessage(Justification = …)]</c>: one rule, one resource, why, who
/// owns it, who approved it and until when. An expired waiver stops applying and is reported.
/// </summary>
public sealed record Waiver
{
    public required string RuleId { get; init; }

    /// <summary>Resource key (<c>provider/scope/kind/id</c>), resource id, or display name (e.g. a UPN).</summary>
    public required string Resource { get; init; }
    public required string Justification { get; init; }
    public required string Owner { get; init; }
    public required string Approver { get; init; }
    public required DateOnly Expires { get; init; }
    public DateOnly? Approved { get; init; }

    /// <summary>The tenant, account or subscription (<see cref="Facts.ResourceRef.Scope"/>) the waiver is for. Without
    /// it, a name or id that matches in more than one scope waives nothing (a name is set by whoever can tag a resource).</summary>
    public string? Scope { get; init; }

    /// <summary>Where the waiver is declared, for messages: <c>$.waivers[3]</c>.</summary>
    public string JsonPath { get; init; } = "$.waivers";

    /// <summary>By key anywhere (the key names its scope); by id or display name only within <see cref="Scope"/>, or
    /// anywhere when <paramref name="byName"/> says the unscoped name is unambiguous.</summary>
    public bool Matches(string ruleId, Facts.ResourceRef resource, bool byName = true) =>
        string.Equals(RuleId, ruleId, StringComparison.Ordinal)
        && (string.Equals(Resource, resource.Key, StringComparison.OrdinalIgnoreCase)
            || byName && InScope(resource) && MatchesName(resource));

    public bool MatchesName(Facts.ResourceRef resource) =>
        string.Equals(Resource, resource.Id, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Resource, resource.DisplayName, StringComparison.OrdinalIgnoreCase);

    public bool InScope(Facts.ResourceRef resource) => Scope is null || string.Equals(Scope, resource.Scope, StringComparison.OrdinalIgnoreCase);

    /// <summary>A waiver applies through the whole of its expiry day (UTC).</summary>
    public bool IsExpiredAt(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime) > Expires;
}

public enum WaiverState
{
    Applied,
    Expired,
    Unused,
}

/// <summary>What became of a waiver in a run.</summary>
/// <param name="AmbiguousScopes">For a waiver without <c>scope</c> whose name or id matched resources in more than one
/// scope: those scopes (it then waived nothing by name). Empty otherwise.</param>
public sealed record WaiverUse(Waiver Waiver, WaiverState State, int Matched, bool ExpiresSoon, IReadOnlyList<string>? AmbiguousScopes = null)
{
    public IReadOnlyList<string> AmbiguousScopes { get; init; } = AmbiguousScopes ?? [];
}
