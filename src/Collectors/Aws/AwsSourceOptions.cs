using Amazon.Runtime;

namespace ComplianceEngine.Collectors.Aws;

/// <summary>One AWS account to collect from: how to get credentials for it and where its APIs are.</summary>
public sealed record AwsSourceOptions
{
    /// <summary>Shared-config profile; when null, <c>AWS_PROFILE</c> and then the default credential chain apply.</summary>
    public string? Profile { get; init; }

    /// <summary>Role to assume (through STS) with the base credentials, for scanning another account.</summary>
    public string? RoleArn { get; init; }

    /// <summary>EC2 regions to scan; null means every enabled region.</summary>
    public IReadOnlyList<string>? Regions { get; init; }

    /// <summary>One endpoint for every service (IAM, S3, EC2, STS); wins over <c>AWS_ENDPOINT_URL*</c>.</summary>
    public Uri? EndpointUrl { get; init; }

    /// <summary>Upper bound on concurrent API calls for this account, across all services.</summary>
    public int MaxConcurrency { get; init; } = 16;

    public AwsRetryOptions Retry { get; init; } = new();

    /// <summary>First wait between GenerateCredentialReport polls while IAM builds the report; each further wait doubles,
    /// up to <see cref="ReportMaxPollInterval"/> (a small account's report is usually ready within a second).</summary>
    public TimeSpan ReportPollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan ReportMaxPollInterval { get; init; } = TimeSpan.FromSeconds(4);

    public int ReportMaxPolls { get; init; } = 60;

    /// <summary>Explicit credentials (embedding, tests); when set, profile and the default chain are not used.</summary>
    public AWSCredentials? Credentials { get; init; }

    /// <summary>Where environment variables are read from (AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL…).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>An AWS Organizations source: list the organisation's accounts with these credentials and collect each
    /// through a role; null for a single account.</summary>
    public AwsOrganizationOptions? Organization { get; init; }

    /// <summary>The account this source is known to be before any call (an organisation member): its source id is
    /// <c>aws:&lt;AccountId&gt;</c> whatever happens.</summary>
    public string? AccountId { get; init; }

    /// <summary>A name for people (the account's name in the organisation).</summary>
    public string? DisplayName { get; init; }

    /// <summary>The other accounts of the organisation: a role trusting one of them is not trusting an outside account.</summary>
    public IReadOnlySet<string>? OrganizationAccountIds { get; init; }

    /// <summary>The home region of the organisation's IAM Identity Center instance, read with this source's credentials
    /// (the management or delegated administrator account); null: Identity Center is not read from this source. In an
    /// organisation source it is read from the management account only.</summary>
    public string? IdentityCenterRegion { get; init; }

    /// <summary>A stable label for the source id before the account id is known.</summary>
    public string Label => AccountId ?? RoleArn ?? (Profile is null ? "default" : $"profile/{Profile}");
}

/// <summary>Retry of throttled (Throttling, 429) and failing (5xx, dropped connection) calls.</summary>
public sealed record AwsRetryOptions
{
    public int MaxAttempts { get; init; } = 5;
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);
}
