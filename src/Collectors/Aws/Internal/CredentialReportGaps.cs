using ComplianceEngine.Engine.Facts;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// Records what the credential report lacks at the scope it lacks it: a row that did not parse is a gap on its user's
/// fact (or the account's, for the root row), a user the report does not have yet is a gap on that user. Only a row
/// whose user cannot be read at all leaves the whole dataset partial, there being no fact to tie it to.
/// </summary>
internal static class CredentialReportGaps
{
    public static DatasetStatus Apply(DatasetStatus status, CredentialReport? report, AwsAccount account, IReadOnlyList<AwsIamUser> users)
    {
        if (report is null || status.Status != CollectionState.Complete)
            return status;
        var byName = users.ToDictionary(u => u.UserName, StringComparer.Ordinal);
        var gaps = new List<ScopeGap>();
        var unusable = new List<CredentialReportProblem>();
        var unreadable = false;
        foreach (var problem in report.Problems)
        {
            Fact? fact = problem.User switch
            {
                null => null,
                CredentialReportRow.RootUser => account,
                var user => byName.GetValueOrDefault(user),
            };
            // A named row of a user the IAM user listing no longer returns (deleted since) is dropped, as its good row would be.
            if (problem.User is not null && fact is null)
                continue;
            unusable.Add(problem);
            if (fact is null)
                unreadable = true;
            else
                gaps.Add(Gap(fact, problem.ToString()));
        }

        var reported = report.Rows.Select(r => r.User).Concat(report.Problems.Select(p => p.User).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        var missing = users.Where(u => !reported.Contains(u.UserName)).ToList();
        gaps.AddRange(missing.Select(u => Gap(u, "not in the credential report yet (it can be up to four hours old)")));

        var parts = new List<string>();
        if (unusable.Count > 0)
            parts.Add($"{unusable.Count} of {report.LineCount} rows not usable (first: {unusable[0]})");
        if (missing.Count > 0)
            parts.Add($"{missing.Count} user(s) from the IAM user listing not in the report yet (first: {missing[0].UserName})");
        if (parts.Count == 0)
            return status;
        var state = report.Rows.Count == 0 ? CollectionState.Failed : CollectionState.Partial;
        return unreadable
            ? status with { Status = state, Reason = $"{string.Join("; ", parts)}; a row without a readable user name cannot be tied to one user" }
            : status with { Status = state, Reason = $"{string.Join("; ", parts)}; see gaps", Gaps = gaps };
    }

    private static ScopeGap Gap(Fact fact, string reason) =>
        new() { Scope = DataScope.Item(fact.Resource.Key), Status = CollectionState.Failed, Reason = reason };
}
