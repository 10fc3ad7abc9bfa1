using System.Collections.Concurrent;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// Transitive user members of role-assignable groups, each group read once however many assignments name it,
/// a bounded number at a time.
/// </summary>
internal sealed class GroupMemberCache(GraphServiceClient graph, EndpointReader reader, int concurrency)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<EndpointResult<string>>>> _groups = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(Math.Max(1, concurrency));

    public Task<EndpointResult<string>> MembersAsync(string groupId, CancellationToken cancellationToken) =>
        _groups.GetOrAdd(groupId, id => new Lazy<Task<EndpointResult<string>>>(() => ReadAsync(id, cancellationToken))).Value;

    /// <summary>Members of every group, keyed by group id, with the first failure met.</summary>
    public async Task<(Dictionary<string, IReadOnlyList<string>> Members, EndpointFailure? Failure, int Calls)> ExpandAsync(
        IEnumerable<string> groupIds, CancellationToken cancellationToken)
    {
        var ids = groupIds.Distinct(StringComparer.Ordinal).ToList();
        var results = await Task.WhenAll(ids.Select(id => MembersAsync(id, cancellationToken)));
        var members = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
            members[ids[i]] = results[i].Items;
        return (members, results.Select(r => r.Failure).FirstOrDefault(f => f is not null), results.Sum(r => r.Calls));
    }

    private async Task<EndpointResult<string>> ReadAsync(string groupId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var members = graph.Groups[groupId].TransitiveMembers.GraphUser;
            var result = await reader.ReadAllAsync<UserCollectionResponse, User>($"groups/{groupId}/transitiveMembers",
                graph.RequestAdapter, next => next is null
                    ? members.ToGetRequestInformation(r =>
                    {
                        r.QueryParameters.Select = ["id"];
                        r.QueryParameters.Top = 999;
                    })
                    : members.WithUrl(next).ToGetRequestInformation(),
                UserCollectionResponse.CreateFromDiscriminatorValue, page => page.Value, cancellationToken);
            return new EndpointResult<string>([.. result.Items.Select(u => u.Id).OfType<string>()], result.Calls, result.Failure);
        }
        finally
        {
            _gate.Release();
        }
    }
}
