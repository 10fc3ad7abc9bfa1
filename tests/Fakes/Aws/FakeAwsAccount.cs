namespace ComplianceEngine.Fakes.Aws;

/// <summary>The state of one synthetic AWS account, served by the IAM, STS, S3 and EC2 fakes.</summary>
public sealed class FakeAwsAccount
{
    public string AccountId { get; init; } = "123456789012";

    /// <summary>The account alias ListAccountAliases returns; none when null.</summary>
    public string? Alias { get; init; }
    public List<FakeIamUser> Users { get; init; } = [];
    public Dictionary<string, List<string>> GroupPolicies { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Inline policies of groups: group name → (policy name → JSON document).</summary>
    public Dictionary<string, Dictionary<string, string>> GroupInlinePolicies { get; init; } = new(StringComparer.Ordinal);
    public List<FakeRole> Roles { get; init; } = [];

    /// <summary>Customer-managed policies (their ARNs are <c>arn:aws:iam::&lt;account&gt;:policy/&lt;name&gt;</c>).</summary>
    public List<FakePolicy> CustomerPolicies { get; init; } = [];
    public FakeRoot Root { get; init; } = new();

    /// <summary>Null: the account has no password policy (NoSuchEntity).</summary>
    public FakePasswordPolicy? PasswordPolicy { get; init; } = new();

    /// <summary>GenerateCredentialReport answers STARTED/INPROGRESS this many times before COMPLETE.</summary>
    public int ReportPollsBeforeComplete { get; set; }

    /// <summary>Raw lines appended to the credential report CSV (malformed rows).</summary>
    public List<string> ExtraReportLines { get; init; } = [];

    public List<FakeBucket> Buckets { get; init; } = [];

    /// <summary>ListBuckets with max-buckets returns BucketRegion, as S3 does; off to force GetBucketLocation.</summary>
    public bool ListBucketsReturnsRegion { get; set; } = true;

    public List<FakeRegion> Regions { get; init; } = [];
    public List<FakeInstance> Instances { get; init; } = [];

    /// <summary>RDS DB instances.</summary>
    public List<FakeRdsItem> Databases { get; init; } = [];

    /// <summary>RDS DB snapshots.</summary>
    public List<FakeRdsItem> DbSnapshots { get; init; } = [];

    /// <summary>EFS file systems.</summary>
    public List<FakeFileSystem> FileSystems { get; init; } = [];

    /// <summary>Lambda functions.</summary>
    public List<FakeFunction> Functions { get; init; } = [];

    /// <summary>DynamoDB tables.</summary>
    public List<FakeTable> Tables { get; init; } = [];

    /// <summary>EBS snapshots the account owns.</summary>
    public List<FakeSnapshot> Snapshots { get; init; } = [];

    /// <summary>The IAM Identity Center instance this account holds (management or delegated administrator); none when null.</summary>
    public FakeIdentityCenter? IdentityCenter { get; set; }

    /// <summary>Largest page any list call returns (the client's MaxItems/MaxResults may ask for less).</summary>
    public int PageSize { get; set; } = 100;

    public string UserArn(string name) => $"arn:aws:iam::{AccountId}:user/{name}";
}

public sealed record FakeIamUser(string Name)
{
    public DateTimeOffset Created { get; init; } = new(2023, 1, 10, 8, 0, 0, TimeSpan.Zero);
    public bool PasswordEnabled { get; init; }
    public DateTimeOffset? PasswordLastUsed { get; init; }
    public bool MfaActive { get; init; }
    public IReadOnlyList<string> MfaSerials { get; init; } = [];
    public bool AccessKeyActive { get; init; }
    public DateTimeOffset? AccessKeyRotated { get; init; }
    public DateTimeOffset? AccessKeyLastUsed { get; init; }

    /// <summary>The id ListAccessKeys gives the key (created at <see cref="AccessKeyRotated"/>); default AKIA + the name.</summary>
    public string? AccessKeyId { get; init; }
    public string KeyId => AccessKeyId ?? ("AKIA" + new string(Name.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray())).PadRight(20, 'X')[..20];
    public IReadOnlyList<string> Policies { get; init; } = [];
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>IAM tags, served in GetAccountAuthorizationDetails (an <c>email</c> tag links the user to a person).</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Inline policies: name → JSON document.</summary>
    public IReadOnlyDictionary<string, string> InlinePolicies { get; init; } = new Dictionary<string, string>();

    /// <summary>False for a user created after the credential report was generated, or deleted since (see <see cref="Listed"/>).</summary>
    public bool InCredentialReport { get; init; } = true;

    /// <summary>False for a user deleted after the report was generated: in the report, not in ListUsers.</summary>
    public bool Listed { get; init; } = true;
}

public sealed record FakeRoot
{
    public bool MfaEnabled { get; init; } = true;
    public bool VirtualMfa { get; init; }
    public bool AccessKeysPresent { get; init; }
    public bool PasswordPresent { get; init; } = true;
    public DateTimeOffset? PasswordLastUsed { get; init; } = new(2024, 5, 30, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A raw line served instead of the <c>&lt;root_account&gt;</c> row of the credential report (a malformed one).</summary>
    public string? ReportLine { get; init; }
}

public sealed record FakePasswordPolicy
{
    public int MinimumPasswordLength { get; init; } = 14;
    public bool RequireSymbols { get; init; } = true;
    public int? MaxPasswordAge { get; init; } = 90;
    public int? PasswordReusePrevention { get; init; } = 24;
}

/// <summary>A bucket; <see cref="LocationConstraint"/> defaults to what S3 answers for the region ("" for us-east-1).</summary>
public sealed record FakeBucket(string Name, string Region)
{
    public string? LocationConstraint { get; init; }
    public string Constraint => LocationConstraint ?? (Region == "us-east-1" ? string.Empty : Region);
}

/// <summary>A region and its opt-in status: opt-in-not-required, opted-in or not-opted-in.</summary>
public sealed record FakeRegion(string Name, string OptInStatus = "opt-in-not-required");

/// <summary>An RDS DB instance or DB snapshot: its identifier and region.</summary>
public sealed record FakeRdsItem(string Id, string Region);

public sealed record FakeFileSystem(string Id, string Region, string? NameTag = null);

public sealed record FakeFunction(string Name, string Region);

public sealed record FakeTable(string Name, string Region);

public sealed record FakeSnapshot(string Id, string Region, string? NameTag = null);

public sealed record FakeInstance(string Id, string Region, string State = "running", string? NameTag = null);

/// <summary>A role with its trust policy (JSON) and its policies.</summary>
public sealed record FakeRole(string Name, string TrustPolicy)
{
    public string Path { get; init; } = "/";
    public IReadOnlyList<string> Policies { get; init; } = [];
    public IReadOnlyDictionary<string, string> InlinePolicies { get; init; } = new Dictionary<string, string>();
}

/// <summary>A customer-managed policy and its default version's document (JSON).</summary>
public sealed record FakePolicy(string Name, string Document);
