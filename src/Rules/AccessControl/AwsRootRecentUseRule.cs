using System.Linq.Expressions;
using ComplianceEngine.Engine.Facts.Aws;
using ComplianceEngine.Engine.Rules;
using ComplianceEngine.Engine.Snapshot;
using ComplianceEngine.Rules.Authentication;
using ComplianceEngine.Rules.Internal;

namespace ComplianceEngine.Rules.AccessControl;

/// <summary>AWS-ROOT-04: the root user's password or access key was used within the last <c>rootUseWindowDays</c> days.</summary>
public sealed class AwsRootRecentUseRule : FactRule<AwsAccount>
{
    public static readonly ParameterDescriptor RootUseWindowDays = ParameterDescriptor.Integer("rootUseWindowDays", 1,
        "A root sign-in or root access-key use less than this many days before the snapshot is flagged.", min: 1);

    public static readonly RuleDescriptor Rule = new()
    {
        Id = "AWS-ROOT-04",
        Title = "AWS root user used recently",
        MessageFormat = "The root user of AWS account {resource} was used within the last {rootUseWindowDays} day(s) " +
                        "(password last used {rootPasswordLastUsed}, access key last used {rootAccessKeyLastUsed}).",
        PassMessageFormat = "The root user of AWS account {resource} was not used within the last {rootUseWindowDays} day(s) " +
                            "(password last used {rootPasswordLastUsed}, access key last used {rootAccessKeyLastUsed}).",
        Category = Categories.AccessControl,
        DefaultSeverity = Severity.Warning,
        Description = "The root user is for the few tasks only root can do, not for daily administration. A recent root sign-in or " +
                      "root key use must be explained. Accounts whose root user has no credentials are not applicable.",
        RemediationSummary = "Find out who used root and why in CloudTrail; do the task with an IAM role next time; rotate the root password if the use was not expected.",
        Controls = [Controls.PrivilegedAccess, Controls.CloudPrivilegedAccess, Controls.OrgAccess],
        Benchmarks = [new("CIS AWS 1.7", "eliminate use of the root user for administrative and daily tasks"), new("Prowler", "iam_avoid_root_usage")],
        RequiredData = [Datasets.AwsCredentialReport],
        Parameters = [RootUseWindowDays],
    };

    private DateTimeOffset _usedAfter;

    public override RuleDescriptor Descriptor => Rule;

    public override void Bind(RuleParameters parameters, DateTimeOffset now)
    {
        base.Bind(parameters, now);
        _usedAfter = now.AddDays(-parameters.Int(RootUseWindowDays));
    }

    protected override Expression<Func<AwsAccount, bool>> Scope => a => !a.RootHasNoCredentials;

    protected override string? NotApplicable(AwsAccount account) =>
        "the root user has no password and no access keys (centralised root access)";

    protected override Expression<Func<AwsAccount, bool>> Violation => a =>
        a.RootPasswordLastUsed > _usedAfter || a.RootAccessKeyLastUsed > _usedAfter;

    protected override IReadOnlyDictionary<string, object?> Observed(AwsAccount a) => Observations.Of(
        ("rootPasswordLastUsed", a.RootPasswordLastUsed),
        ("rootAccessKeyLastUsed", a.RootAccessKeyLastUsed),
        ("rootUseWindowDays", Parameters.Int(RootUseWindowDays)));

    protected override string? CommandFor(AwsAccount a)
    {
        var since = new[] { a.RootPasswordLastUsed, a.RootAccessKeyLastUsed }.Max() ?? Now;
        return $"aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root --start-time {AwsCredentialText.Date(since.AddDays(-1))}";
    }

    protected override string RemediationFor(AwsAccount a)
    {
        var since = new[] { a.RootPasswordLastUsed, a.RootAccessKeyLastUsed }.Max() ?? Now;
        return $"Find the root activity in account {a.AccountId}: aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root " +
               $"--start-time {AwsCredentialText.Date(since.AddDays(-1))} (or CloudTrail > Event history, User name = root). Record who used it and why; if the task " +
               "did not need root, do it with an IAM role next time. If nobody expected the use, rotate the root password, check its MFA device and delete any root access keys.";
    }
}
