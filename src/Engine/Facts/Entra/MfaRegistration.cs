namespace ComplianceEngine.Engine.Facts.Entra;

/// <summary>A row of Microsoft Graph <c>reports/authenticationMethods/userRegistrationDetails</c>.</summary>
public sealed record MfaRegistration
{
    public bool IsMfaRegistered { get; init; }
    public bool IsMfaCapable { get; init; }
    public bool IsPasswordlessCapable { get; init; }
    public IReadOnlyList<string> MethodsRegistered { get; init; } = [];
}
