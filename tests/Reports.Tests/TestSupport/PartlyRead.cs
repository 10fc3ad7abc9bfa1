using ComplianceEngine.Engine.Evaluation;
using ComplianceEngine.Engine.Snapshot;

namespace ComplianceEngine.Reports.Tests.TestSupport;

/// <summary>
/// A run over a source read only in part: one subscription refused for two datasets, one dataset missing whole,
/// and 300 resources whose details could not be read; one resource read in full.
/// </summary>
public static class PartlyRead
{
    public const string Forbidden = "403 AuthorizationFailed: The client 'scanner' with object id '9f1c' does not have authorization " +
                                    "to perform action 'Microsoft.Resources/subscriptions/resources/read' over scope '/subscriptions/sub-2' or the scope is invalid.";
    public const string Restricted = "sub-2";
    public const string Throttled = "429 after 5 retries";
    public const string Unreadable = "properties could not be read";

    public static EvaluationResult Evaluate()
    {
        var unread = Enumerable.Range(0, 300).Select(i => Some.Resource($"st{i:D3}")).ToList();
        var refused = new ScopeGap { Scope = DataScope.Subscription(Restricted), Reason = Forbidden };
        var source = Some.SourceStatus() with
        {
            Status = CollectionState.Partial,
            Reason = "1 subscription, 300 resources and azure.policyAssignments not read",
            Datasets =
            [
                new DatasetStatus
                {
                    Name = Datasets.AzureResources, Status = CollectionState.Partial, Reason = "1 subscription and 300 resources not read", ItemCount = 301,
                    Gaps = [refused, .. unread.Select(r => new ScopeGap { Scope = DataScope.Item(r.Resource.Key), Status = CollectionState.Partial, Reason = Unreadable })],
                },
                new DatasetStatus { Name = Datasets.AzureRoleAssignments, Status = CollectionState.Partial, Reason = "1 subscription not read", Gaps = [refused] },
                new DatasetStatus { Name = Datasets.AzurePolicyAssignments, Status = CollectionState.Failed, Reason = Throttled },
            ],
        };
        return Some.Evaluate(Some.Snapshot([Some.Resource("tokyo-a"), .. unread], source));
    }
}
