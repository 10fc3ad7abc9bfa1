using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>Collects the IAM datasets of one account: the streams run concurrently under the account's call bound; only the
/// hardware-MFA look-up waits, for the credential report and the virtual devices.</summary>
internal sealed class IamCollection(IamQueryClient iam, AwsCallRunner runner, AwsSourceOptions options, DateTimeOffset now)
{
    public async Task<IamFindings> CollectAsync(CancellationToken ct)
    {
        var report = CredentialReportAsync(ct);
        var summary = SummaryAsync(ct);
        var devices = VirtualMfaDevicesAsync(ct);
        var policy = PasswordPolicyAsync(ct);
        var authorization = new IamAuthorizationCollection(iam, runner).CollectAsync(ct);
        var mfa = new MfaDeviceCollection(iam, runner).SerialsAsync(report, devices, ct);
        var keyIds = new AccessKeyIdCollection(iam, runner, now).IdsAsync(report, ct);
        var alias = AliasAsync(ct);
        await Task.WhenAll(report, summary, devices, policy, authorization, mfa, keyIds, alias);

        var (parsed, reportStatus) = await report;
        var (summaryMap, summaryStatus) = await summary;
        var (virtualDevices, devicesStatus) = await devices;
        var (passwordPolicy, policyStatus) = await policy;
        var (serials, failures) = await mfa;
        return new IamFindings
        {
            Report = parsed,
            ReportStatus = reportStatus,
            Summary = summaryMap,
            SummaryStatus = summaryStatus,
            RootHasVirtualMfa = virtualDevices?.Any(d => d.UserArn?.EndsWith(":root", StringComparison.Ordinal) == true),
            MfaSerials = serials,
            MfaFailures = failures,
            MfaDevicesStatus = devicesStatus,
            PasswordPolicy = passwordPolicy,
            PasswordPolicyStatus = policyStatus,
            Authorization = await authorization,
            AccessKeyIds = await keyIds,
            Alias = await alias,
        };
    }

    // The alias only names the account for people (worklist, report); no rule decides from it, so a refusal is no gap:
    // the account keeps the name it was configured with.
    private async Task<string?> AliasAsync(CancellationToken ct)
    {
        try
        {
            return await runner.RunAsync("iam:ListAccountAliases", iam.GetAccountAliasAsync, ct);
        }
        catch (AwsCallException)
        {
            return null;
        }
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
                    // Malformed rows and users missing from the report become gaps once the facts exist (CredentialReportGaps).
                    var report = CredentialReportParser.Parse(csv);
                    return (report, DatasetResult.Complete(name, report.Rows.Count));
                }
                if (poll < options.ReportMaxPolls)
                    await Task.Delay(PollDelay(poll), ct);
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

    private TimeSpan PollDelay(int poll)
    {
        var ticks = options.ReportPollInterval.Ticks * Math.Pow(2, Math.Min(poll - 1, 20));
        return TimeSpan.FromTicks((long)Math.Min(ticks, Math.Max(options.ReportMaxPollInterval.Ticks, options.ReportPollInterval.Ticks)));
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

    private async Task<(IReadOnlyDictionary<string, long>?, DatasetStatus)> SummaryAsync(CancellationToken ct)
    {
        const string name = Datasets.AwsAccountSummary;
        try
        {
            var summary = await runner.RunAsync("iam:GetAccountSummary", iam.GetAccountSummaryAsync, ct);
            return (summary, DatasetResult.Complete(name, summary.Count));
        }
        catch (AwsCallException e)
        {
            return (null, DatasetResult.Failed(name, e.Message));
        }
    }

    /// <summary>The assigned virtual MFA devices (the root user's included); null (and the reason) when the list could not be read.</summary>
    private async Task<(List<(string Serial, string? UserArn)>?, DatasetStatus)> VirtualMfaDevicesAsync(CancellationToken ct)
    {
        const string name = Datasets.AwsMfaDevices;
        try
        {
            var devices = await runner.AllPagesAsync("iam:ListVirtualMFADevices", iam.ListVirtualMfaDevicesAsync, ct);
            return (devices, DatasetResult.Complete(name, devices.Count));
        }
        catch (AwsCallException e)
        {
            return (null, DatasetResult.Failed(name, $"root MFA kind unknown: {e.Message}"));
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
