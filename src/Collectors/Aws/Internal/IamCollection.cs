using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>Collects the IAM datasets of one account: the four streams run concurrently under the account's call bound.</summary>
internal sealed class IamCollection(IamQueryClient iam, AwsCallRunner runner, AwsSourceOptions options)
{
    public async Task<IamFindings> CollectAsync(CancellationToken ct)
    {
        var report = CredentialReportAsync(ct);
        var summary = SummaryAsync(ct);
        var policy = PasswordPolicyAsync(ct);
        var users = new IamUserCollection(iam, runner).CollectAsync(ct);
        await Task.WhenAll(report, summary, policy, users);

        var (parsed, reportStatus) = await report;
        var (summaryMap, rootVirtualMfa, summaryStatus) = await summary;
        var (passwordPolicy, policyStatus) = await policy;
        var (listings, usersStatus) = await users;
        var usersListed = usersStatus.Status != CollectionState.Failed;
        return new IamFindings
        {
            Report = parsed,
            ReportStatus = usersListed ? CheckCoverage(reportStatus, parsed, listings) : reportStatus,
            Summary = summaryMap,
            RootHasVirtualMfa = rootVirtualMfa,
            SummaryStatus = summaryStatus,
            PasswordPolicy = passwordPolicy,
            PasswordPolicyStatus = policyStatus,
            Users = listings,
            UsersListed = usersListed,
            UserPoliciesStatus = usersStatus,
        };
    }

    /// <summary>
    /// The report can be up to four hours old: users created since are missing from it, and their password and MFA
    /// state is unknown. That makes the report partial rather than letting those users look password-less.
    /// </summary>
    private static DatasetStatus CheckCoverage(DatasetStatus status, CredentialReport? report, IReadOnlyList<IamUserListing> users)
    {
        if (report is null)
            return status;
        var reported = report.Rows.Select(r => r.User).ToHashSet(StringComparer.Ordinal);
        var missing = users.Where(u => !reported.Contains(u.UserName)).Select(u => u.UserName).ToList();
        if (missing.Count == 0)
            return status;
        var gap = $"{missing.Count} user(s) from ListUsers are not in the credential report yet (first: {missing[0]})";
        return status with { Status = CollectionState.Partial, Reason = status.Reason is null ? gap : $"{status.Reason}; {gap}" };
    }

    private async Task<(CredentialReport?, DatasetStatus)> CredentialReportAsync(CancellationToken ct)
    {
        const string name = Datasets.AwsCredentialReport;
        try
        {
            for (var poll = 1; poll <= options.ReportMaxPolls; poll++)
            {
                var state = await runner.RunAsync("iam:GenerateCredentialReport", iam.GenerateCredentialReportAsync, ct);
                if (string.Equals(state, "COMPLETE", StringComparison.OrdinalIgnoreCase) && await TryGetReportAsync(ct) is { } csv)
                {
                    var report = CredentialReportParser.Parse(csv);
                    var status = report.Problems.Count == 0
                        ? DatasetResult.Complete(name, report.Rows.Count)
                        : DatasetResult.Partial(name, report.Rows.Count,
                            $"credential report: {report.Problems.Count} malformed row(s) skipped ({report.Problems[0]})");
                    return (report, status);
                }
                if (poll < options.ReportMaxPolls)
                    await Task.Delay(options.ReportPollInterval, ct);
            }
            return (null, DatasetResult.Failed(name,
                $"credential report still not COMPLETE after {options.ReportMaxPolls} GenerateCredentialReport polls"));
        }
        catch (AwsCallException e)
        {
            return (null, DatasetResult.Failed(name, e.Message));
        }
        catch (FormatException e)
        {
            return (null, DatasetResult.Failed(name, $"malformed credential report: {e.Message}"));
        }
    }

    /// <summary>The report, or null when IAM says it is still being built or gone again (keep polling).</summary>
    private async Task<byte[]?> TryGetReportAsync(CancellationToken ct)
    {
        try
        {
            return await runner.RunAsync("iam:GetCredentialReport", iam.GetCredentialReportAsync, ct);
        }
        catch (AwsCallException e) when (e.InnerException is IamServiceException { Code: "ReportInProgress" or "ReportNotPresent" or "ReportExpired" })
        {
            return null;
        }
    }

    private async Task<(IReadOnlyDictionary<string, long>?, bool?, DatasetStatus)> SummaryAsync(CancellationToken ct)
    {
        const string name = Datasets.AwsAccountSummary;
        IReadOnlyDictionary<string, long> summary;
        try
        {
            summary = await runner.RunAsync("iam:GetAccountSummary", iam.GetAccountSummaryAsync, ct);
        }
        catch (AwsCallException e)
        {
            return (null, null, DatasetResult.Failed(name, e.Message));
        }
        try
        {
            var devices = await runner.AllPagesAsync("iam:ListVirtualMFADevices", iam.ListVirtualMfaDevicesAsync, ct);
            var rootVirtual = devices.Any(d => d.UserArn?.EndsWith(":root", StringComparison.Ordinal) == true);
            return (summary, rootVirtual, DatasetResult.Complete(name, summary.Count));
        }
        catch (AwsCallException e)
        {
            return (summary, null, DatasetResult.Partial(name, summary.Count, $"root MFA kind unknown: {e.Message}"));
        }
    }

    private async Task<(AwsPasswordPolicy?, DatasetStatus)> PasswordPolicyAsync(CancellationToken ct)
    {
        const string name = Datasets.AwsPasswordPolicy;
        try
        {
            var policy = await runner.RunAsync("iam:GetAccountPasswordPolicy", iam.GetAccountPasswordPolicyAsync, ct);
            return (policy, DatasetResult.Complete(name, policy is null ? 0 : 1));
        }
        catch (AwsCallException e)
        {
            return (null, DatasetResult.Failed(name, e.Message));
        }
    }
}
