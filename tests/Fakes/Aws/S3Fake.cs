using System.Globalization;
using System.Xml.Linq;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>S3 ListBuckets (paged by max-buckets / continuation-token) and GetBucketLocation, path-style.</summary>
public sealed class S3Fake(FakeAwsAccount account)
{
    private static readonly XNamespace Ns = "http://s3.amazonaws.com/doc/2006-03-01/";

    /// <summary>The operation a request is: <c>ListBuckets</c>, <c>GetBucketLocation</c> or null.</summary>
    public static string? OperationOf(string path, IReadOnlyDictionary<string, string> query) =>
        path.Trim('/').Length == 0 ? "ListBuckets" : query.ContainsKey("location") ? "GetBucketLocation" : null;

    public FakeReply Handle(string operation, string path, IReadOnlyDictionary<string, string> query) => operation switch
    {
        "ListBuckets" => ListBuckets(query),
        "GetBucketLocation" => account.Buckets.FirstOrDefault(b => b.Name == path.Trim('/')) is { } bucket
            ? FakeReply.Ok(new XElement(Ns + "LocationConstraint", bucket.Constraint.Length == 0 ? null : bucket.Constraint))
            : FakeReply.Error(404, "NoSuchBucket", "The specified bucket does not exist"),
        _ => FakeReply.Error(400, "NotImplemented", "A header you provided implies functionality that is not implemented"),
    };

    private FakeReply ListBuckets(IReadOnlyDictionary<string, string> query)
    {
        var paged = query.TryGetValue("max-buckets", out var max);
        var start = query.TryGetValue("continuation-token", out var token) ? int.Parse(token[1..], CultureInfo.InvariantCulture) : 0;
        var size = paged ? Math.Min(int.Parse(max!, CultureInfo.InvariantCulture), Math.Max(account.PageSize, 1)) : account.Buckets.Count;
        var more = start + size < account.Buckets.Count;
        return FakeReply.Ok(new XElement(Ns + "ListAllMyBucketsResult",
            new XElement(Ns + "Owner", new XElement(Ns + "ID", "abc123"), new XElement(Ns + "DisplayName", "owner")),
            new XElement(Ns + "Buckets", account.Buckets.Skip(start).Take(size).Select(b => new XElement(Ns + "Bucket",
                new XElement(Ns + "Name", b.Name), new XElement(Ns + "CreationDate", "2023-01-10T08:00:00.000Z"),
                paged && account.ListBucketsReturnsRegion ? new XElement(Ns + "BucketRegion", b.Region) : null))),
            more ? new XElement(Ns + "ContinuationToken", $"c{start + size}") : null));
    }
}
