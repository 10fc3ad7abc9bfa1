using System.Globalization;
using System.Xml.Linq;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>RDS DescribeDBInstances and DescribeDBSnapshots (Query protocol, Version 2014-10-31) per signing region, paged by Marker.</summary>
public static class RdsFake
{
    public static readonly XNamespace Ns = "http://rds.amazonaws.com/doc/2014-10-31/";

    public static FakeReply Handle(FakeAwsAccount account, string action, IReadOnlyDictionary<string, string> form, string region) => action switch
    {
        "DescribeDBInstances" => Page(action, "DBInstances", "DBInstance", account.Databases.Where(d => d.Region == region).ToList(), form, account.PageSize,
            d => [new XElement(Ns + "DBInstanceIdentifier", d.Id), new XElement(Ns + "DBInstanceArn", $"arn:aws:rds:{region}:{account.AccountId}:db:{d.Id}"),
                new XElement(Ns + "Engine", "postgres"), new XElement(Ns + "AvailabilityZone", region + "a")]),
        "DescribeDBSnapshots" => Page(action, "DBSnapshots", "DBSnapshot", account.DbSnapshots.Where(d => d.Region == region).ToList(), form, account.PageSize,
            d => [new XElement(Ns + "DBSnapshotIdentifier", d.Id), new XElement(Ns + "DBSnapshotArn", $"arn:aws:rds:{region}:{account.AccountId}:snapshot:{d.Id}"),
                new XElement(Ns + "AvailabilityZone", region + "a")]),
        _ => FakeReply.Error(400, "InvalidAction", $"The action {action} is not valid for this web service."),
    };

    private static FakeReply Page(string action, string list, string member, IReadOnlyList<FakeRdsItem> items, IReadOnlyDictionary<string, string> form,
        int pageSize, Func<FakeRdsItem, object[]> map)
    {
        var start = form.TryGetValue("Marker", out var marker) ? int.Parse(marker[1..], CultureInfo.InvariantCulture) : 0;
        var size = Math.Min(pageSize, form.TryGetValue("MaxRecords", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : 100);
        var more = start + size < items.Count;
        return FakeReply.Query(Ns, action,
            new XElement(Ns + list, items.Skip(start).Take(size).Select(i => new XElement(Ns + member, map(i)))),
            more ? new XElement(Ns + "Marker", $"m{start + size}") : null!);
    }
}
