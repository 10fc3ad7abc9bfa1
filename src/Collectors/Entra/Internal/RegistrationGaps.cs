using ComplianceEngine.Engine.Facts.Entra;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// The MFA registration report read to its end can still leave users out (a user created after the report was last
/// refreshed, for one). Such a user keeps its fact, with <see cref="EntraUser.Mfa"/> null, and gets an item gap on
/// <c>entra.mfaRegistration</c>: its MFA results become Error while everyone else's stand.
/// </summary>
internal static class RegistrationGaps
{
    public const string Reason = "missing from the MFA registration report (userRegistrationDetails)";

    /// <param name="read">The dataset as the endpoint read it; an incomplete read stays a whole-dataset gap.</param>
    public static DatasetStatus Of(DatasetStatus read, IReadOnlyList<EntraUser> users)
    {
        if (read.Status != CollectionState.Complete)
            return read;
        var missing = users.Where(u => u.Mfa is null).ToList();
        if (missing.Count == 0)
            return read;
        // A report that names none of the users says nothing about anyone: one gap for the dataset, not one per user.
        if (missing.Count == users.Count)
            return read with { Status = CollectionState.Failed, Reason = $"the registration report lists none of the {users.Count} users" };
        return read with
        {
            Status = CollectionState.Partial,
            Reason = $"{missing.Count} {(missing.Count == 1 ? "user" : "users")} missing from the registration report",
            Gaps = [.. missing.Select(u => new ScopeGap { Scope = DataScope.Item(u.Resource.Key), Status = CollectionState.Failed, Reason = Reason })],
        };
    }
}
