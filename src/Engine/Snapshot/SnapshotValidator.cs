namespace ComplianceEngine.Engine.Snapshot;

/// <summary>Checks what the JSON shape cannot: every fact names a source that the snapshot declares.</summary>
internal static class SnapshotValidator
{
    public static void Validate(FactSnapshot snapshot, string displayName)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Sources.Count; i++)
        {
            if (!ids.Add(snapshot.Sources[i].Id))
                throw new InputException(displayName, $"$.sources[{i}].id", null,
                    $"source id '{snapshot.Sources[i].Id}' is declared twice; source ids must be unique");
        }

        Check(snapshot.Facts.EntraTenants, "entraTenants");
        Check(snapshot.Facts.EntraUsers, "entraUsers");
        Check(snapshot.Facts.AwsAccounts, "awsAccounts");
        Check(snapshot.Facts.AwsIamUsers, "awsIamUsers");
        Check(snapshot.Facts.AwsIamRoles, "awsIamRoles");
        Check(snapshot.Facts.AwsIamPolicies, "awsIamPolicies");
        Check(snapshot.Facts.AwsIdentityCenterUsers, "awsIdentityCenterUsers");
        Check(snapshot.Facts.AzureSubscriptions, "azureSubscriptions");
        Check(snapshot.Facts.CloudResources, "cloudResources");
        Check(snapshot.Facts.EntraGroups, "entraGroups");

        void Check(IReadOnlyList<Facts.Fact> facts, string name)
        {
            for (var i = 0; i < facts.Count; i++)
            {
                if (!ids.Contains(facts[i].SourceId))
                    throw new InputException(displayName, $"$.facts.{name}[{i}].sourceId", null,
                        $"source '{facts[i].SourceId}' is not declared in $.sources");
            }
        }
    }
}
