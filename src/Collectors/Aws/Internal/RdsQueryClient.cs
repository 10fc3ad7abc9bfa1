using System.Xml.Linq;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// The RDS Query API (<c>Version=2014-10-31</c>; AWSSDK.RDS is not served here), through the same signed Query call as
/// IAM but per region, signing name <c>rds</c>, endpoint <c>https://rds.&lt;region&gt;.amazonaws.com/</c> or
/// <c>AWS_ENDPOINT_URL_RDS</c>. <c>MaxRecords=100</c>, paged by <c>Marker</c>.
/// </summary>
internal sealed class RdsQueryClient(SignedQueryClient query, AwsEndpoints endpoints)
{
    private const string Version = "2014-10-31";

    /// <summary>DB instances of one page: (identifier, ARN).</summary>
    public Task<Page<(string Id, string Arn)>> DescribeDbInstancesAsync(string region, string? marker, CancellationToken ct) =>
        PageAsync("DescribeDBInstances", "DBInstances", "DBInstance", "DBInstanceIdentifier", "DBInstanceArn", region, marker, ct);

    /// <summary>DB snapshots of one page (manual and automated ones the account holds).</summary>
    public Task<Page<(string Id, string Arn)>> DescribeDbSnapshotsAsync(string region, string? marker, CancellationToken ct) =>
        PageAsync("DescribeDBSnapshots", "DBSnapshots", "DBSnapshot", "DBSnapshotIdentifier", "DBSnapshotArn", region, marker, ct);

    private async Task<Page<(string Id, string Arn)>> PageAsync(string action, string list, string member, string idName, string arnName,
        string region, string? marker, CancellationToken ct)
    {
        var endpoint = endpoints.OverrideFor("RDS") ?? new Uri($"https://rds.{region}.amazonaws.com/");
        KeyValuePair<string, string>[] parameters = marker is null
            ? [new("MaxRecords", "100")]
            : [new("MaxRecords", "100"), new("Marker", marker)];
        XElement result = await query.CallAsync(endpoint, region, "rds", Version, action, parameters, ct);
        var items = result.Child(list).Members(member)
            .Select(m => (m.Text(idName) ?? string.Empty, m.Text(arnName) ?? string.Empty)).ToList();
        return new Page<(string, string)>(items, result.Text("Marker") is { Length: > 0 } next ? next : null);
    }
}
