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

    /// <summary>Where the waiver is declared, for messages: <c>$.waivers[3]</c>.</summary>
    public string JsonPath { get; init; } = "$.waivers";

    public bool Matches(string ruleId, Facts.ResourceRef resource) =>
        string.Equals(RuleId, ruleId, StringComparison.Ordinal)
        && (string.Equals(Resource, resource.Key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Resource, resource.Id, StringComparison.OrdinalIgnoreCase)
            || string.Equals(Resource, resource.DisplayName, StringComparison.OrdinalIgnoreCase));

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
public sealed record WaiverUse(Waiver Waiver, WaiverState State, int Matched, bool ExpiresSoon);
