using System.Globalization;
using System.Xml.Linq;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>EC2 DescribeRegions and DescribeInstances (EC2 query protocol, Version 2016-11-15); the region is the request's signing region.</summary>
public sealed class Ec2Fake(FakeAwsAccount account)
{
    private static readonly XNamespace Ns = "http://ec2.amazonaws.com/doc/2016-11-15/";

    public FakeReply Handle(string action, IReadOnlyDictionary<string, string> form, string region) => action switch
    {
        "DescribeRegions" => FakeReply.Ok(new XElement(Ns + "DescribeRegionsResponse", RequestId(),
            new XElement(Ns + "regionInfo", account.Regions
                .Where(r => form.GetValueOrDefault("AllRegions") == "true" || r.OptInStatus != "not-opted-in")
                .Select(r => new XElement(Ns + "item", new XElement(Ns + "regionName", r.Name),
                    new XElement(Ns + "regionEndpoint", $"ec2.{r.Name}.amazonaws.com"), new XElement(Ns + "optInStatus", r.OptInStatus)))))),
        "DescribeInstances" => DescribeInstances(form, region),
        "DescribeSnapshots" => DescribeSnapshots(form, region),
        _ => FakeReply.Error(400, "InvalidAction", $"The action {action} is not valid for this web service."),
    };

    private FakeReply DescribeInstances(IReadOnlyDictionary<string, string> form, string region)
    {
        var instances = account.Instances.Where(i => i.Region == region).ToList();
        var start = form.TryGetValue("NextToken", out var token) ? int.Parse(token[1..], CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(account.PageSize, form.TryGetValue("MaxResults", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : 1000);
        var more = start + size < instances.Count;
        return FakeReply.Ok(new XElement(Ns + "DescribeInstancesResponse", RequestId(),
            new XElement(Ns + "reservationSet", instances.Skip(start).Take(size).Select(i => new XElement(Ns + "item",
                new XElement(Ns + "reservationId", "r-" + i.Id[2..]), new XElement(Ns + "ownerId", account.AccountId),
                new XElement(Ns + "instancesSet", new XElement(Ns + "item",
                    new XElement(Ns + "instanceId", i.Id), new XElement(Ns + "instanceType", "t3.micro"),
                    new XElement(Ns + "instanceState", new XElement(Ns + "code", i.State == "terminated" ? 48 : 16), new XElement(Ns + "name", i.State)),
                    new XElement(Ns + "placement", new XElement(Ns + "availabilityZone", region + "a"), new XElement(Ns + "tenancy", "default")),
                    new XElement(Ns + "launchTime", "2024-05-01T10:00:00.000Z"),
                    i.NameTag is null ? null : new XElement(Ns + "tagSet", new XElement(Ns + "item", new XElement(Ns + "key", "Name"), new XElement(Ns + "value", i.NameTag)))))))),
            more ? new XElement(Ns + "nextToken", $"t{start + size}") : null));
    }

    /// <summary>Only the account's own snapshots, and only when asked with <c>Owner.1=self</c>: without it EC2 would also list
    /// every public snapshot of every account, which a scanner must never do.</summary>
    private FakeReply DescribeSnapshots(IReadOnlyDictionary<string, string> form, string region)
    {
        if (form.GetValueOrDefault("Owner.1") != "self")
            return FakeReply.Error(400, "InvalidParameterCombination", "This fake only answers DescribeSnapshots with Owner.1=self.");
        var snapshots = account.Snapshots.Where(s => s.Region == region).ToList();
        var start = form.TryGetValue("NextToken", out var token) ? int.Parse(token[1..], CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(account.PageSize, form.TryGetValue("MaxResults", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : 1000);
        var more = start + size < snapshots.Count;
        return FakeReply.Ok(new XElement(Ns + "DescribeSnapshotsResponse", RequestId(),
            new XElement(Ns + "snapshotSet", snapshots.Skip(start).Take(size).Select(s => new XElement(Ns + "item",
                new XElement(Ns + "snapshotId", s.Id), new XElement(Ns + "volumeId", "vol-" + s.Id[5..]), new XElement(Ns + "status", "completed"),
                new XElement(Ns + "startTime", "2024-05-01T10:00:00.000Z"), new XElement(Ns + "progress", "100%"), new XElement(Ns + "ownerId", account.AccountId),
                new XElement(Ns + "volumeSize", 8), new XElement(Ns + "encrypted", "false"),
                s.NameTag is null ? null : new XElement(Ns + "tagSet", new XElement(Ns + "item", new XElement(Ns + "key", "Name"), new XElement(Ns + "value", s.NameTag)))))),
            more ? new XElement(Ns + "nextToken", $"t{start + size}") : null));
    }

    private static XElement RequestId() => new(Ns + "requestId", Guid.NewGuid().ToString());
}
