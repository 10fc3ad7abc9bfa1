namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>
/// A conditional-access authentication strength: the method combinations it accepts, each in Graph's wire form
/// (<c>fido2</c>, <c>password,microsoftAuthenticatorPush</c>). A combination with a comma is two factors.
/// </summary>
public sealed record AuthenticationStrength
{
    public required string Id { get; init; }
    public string? DisplayName { get; init; }

    /// <summary><c>builtIn</c> or <c>custom</c>.</summary>
    public string? PolicyType { get; init; }

    public IReadOnlyList<string> AllowedCombinations { get; init; } = [];
}
