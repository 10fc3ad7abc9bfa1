namespace ComplianceEngine.Engine.People;

/// <summary>The facts <see cref="PersonModel"/> derives from a snapshot: people, AWS identities, Azure principals and Identity Center identities.</summary>
public sealed record PeopleFacts
{
    public IReadOnlyList<Person> Persons { get; init; } = [];
    public IReadOnlyList<AwsIdentity> AwsIdentities { get; init; } = [];
    public IReadOnlyList<AzurePrincipal> AzurePrincipals { get; init; } = [];
    public IReadOnlyList<IdentityCenterIdentity> IdentityCenterIdentities { get; init; } = [];

    public static readonly IReadOnlyList<Type> Types = [typeof(Person), typeof(AwsIdentity), typeof(AzurePrincipal), typeof(IdentityCenterIdentity)];
}
