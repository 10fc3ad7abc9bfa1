namespace ComplianceEngine.Engine.People;

/// <summary>The facts <see cref="PersonModel"/> derives from a snapshot: people, AWS identities and Azure principals.</summary>
public sealed record PeopleFacts
{
    public IReadOnlyList<Person> Persons { get; init; } = [];
    public IReadOnlyList<AwsIdentity> AwsIdentities { get; init; } = [];
    public IReadOnlyList<AzurePrincipal> AzurePrincipals { get; init; } = [];

    public static readonly IReadOnlyList<Type> Types = [typeof(Person), typeof(AwsIdentity), typeof(AzurePrincipal)];
}
