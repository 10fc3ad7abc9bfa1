using System.Xml.Linq;

namespace ComplianceEngine.Fakes.Aws;

/// <summary>STS GetCallerIdentity and AssumeRole (Query protocol, Version 2011-06-15).</summary>
public sealed class StsFake(FakeAwsAccount account, Action<string, string, string, string> issueCredentials)
{
    private static readonly XNamespace Ns = "https://sts.amazonaws.com/doc/2011-06-15/";
    private int _sessions;

    /// <summary>Role ARNs that AssumeRole was called with, in order.</summary>
    public List<string> AssumedRoles { get; } = [];

    public FakeReply Handle(string action, IReadOnlyDictionary<string, string> form, string accessKeyId) => action switch
    {
        "GetCallerIdentity" => FakeReply.Query(Ns, action, new XElement(Ns + "Arn", $"arn:aws:iam::{account.AccountId}:user/auditor"),
            new XElement(Ns + "UserId", accessKeyId), new XElement(Ns + "Account", account.AccountId)),
        "AssumeRole" => AssumeRole(form),
        _ => FakeReply.Error(400, "InvalidAction", $"Could not find operation {action} for version 2011-06-15"),
    };

    private FakeReply AssumeRole(IReadOnlyDictionary<string, string> form)
    {
        var role = form.GetValueOrDefault("RoleArn") ?? string.Empty;
        lock (AssumedRoles)
            AssumedRoles.Add(role);
        var n = Interlocked.Increment(ref _sessions);
        var (keyId, secret, token) = ($"ASIAFAKESESSION{n:D5}", $"session-secret-{n}-{Guid.NewGuid():N}", $"session-token-{n}-{Guid.NewGuid():N}");
        issueCredentials(keyId, secret, token, role);
        return FakeReply.Query(Ns, "AssumeRole",
            new XElement(Ns + "Credentials", new XElement(Ns + "AccessKeyId", keyId), new XElement(Ns + "SecretAccessKey", secret),
                new XElement(Ns + "SessionToken", token), new XElement(Ns + "Expiration", FakeReply.Date(DateTimeOffset.UtcNow.AddHours(1)))),
            new XElement(Ns + "AssumedRoleUser", new XElement(Ns + "Arn", $"{role.Replace(":role/", ":assumed-role/", StringComparison.Ordinal)}/session"),
                new XElement(Ns + "AssumedRoleId", $"AROAFAKE:{form.GetValueOrDefault("RoleSessionName")}")));
    }
}
