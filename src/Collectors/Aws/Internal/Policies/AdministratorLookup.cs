namespace ComplianceEngine.Collectors.Aws.Internal.Policies;

/// <summary>Which managed and inline policies grant full administration (<see cref="AdministratorReading"/>).</summary>
internal sealed class AdministratorLookup(IReadOnlyDictionary<string, ManagedPolicyDetail> policies)
{
    /// <summary>The administrator policies among these; null when a document could not be read.</summary>
    public IReadOnlyList<string>? Of(IEnumerable<string> attached, IEnumerable<InlinePolicy> inline, string inlinePrefix)
    {
        var found = new List<string>();
        foreach (var arn in attached)
        {
            switch (Managed(arn))
            {
                case null:
                    return null;
                case true:
                    found.Add(arn);
                    break;
            }
        }
        foreach (var policy in inline)
        {
            if (PolicyDocument.Parse(policy.Document) is not { } document)
                return null;
            if (AdministratorReading.GrantsAdministration(document))
                found.Add(inlinePrefix + policy.Name);
        }
        return found.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether a managed policy grants administration; null when its default version is not known.</summary>
    public bool? Managed(string arn)
    {
        if (arn.StartsWith("arn:aws", StringComparison.Ordinal) && arn.EndsWith(":iam::aws:policy/AdministratorAccess", StringComparison.Ordinal))
            return true;
        return policies.TryGetValue(arn, out var policy) && PolicyDocument.Parse(policy.DefaultDocument) is { } document
            ? AdministratorReading.GrantsAdministration(document)
            : null;
    }
}
