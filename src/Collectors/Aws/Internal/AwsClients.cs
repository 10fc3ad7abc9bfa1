using Amazon;
using Amazon.DynamoDBv2;
using Amazon.EC2;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.SecurityToken;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// SDK clients pointed at the resolved endpoints. SDK retries are off: <see cref="AwsCallRunner"/> retries every
/// call the same way, with the configured delays, so throttling behaves alike for IAM and the SDK services.
/// </summary>
internal static class AwsClients
{
    public static AmazonSecurityTokenServiceClient Sts(AWSCredentials credentials, AwsEndpoints endpoints)
    {
        var config = new AmazonSecurityTokenServiceConfig();
        Point(config, endpoints.OverrideFor("STS"), endpoints.HomeRegion);
        return new AmazonSecurityTokenServiceClient(credentials, config);
    }

    public static AmazonS3Client S3(AWSCredentials credentials, AwsEndpoints endpoints)
    {
        var endpoint = endpoints.OverrideFor("S3");
        // Path-style requests work against any endpoint; virtual-hosted needs DNS for every bucket name.
        var config = new AmazonS3Config { ForcePathStyle = endpoint is not null };
        Point(config, endpoint, "us-east-1");
        return new AmazonS3Client(credentials, config);
    }

    public static AmazonEC2Client Ec2(AWSCredentials credentials, AwsEndpoints endpoints, string region)
    {
        var config = new AmazonEC2Config();
        Point(config, endpoints.OverrideFor("EC2"), region);
        return new AmazonEC2Client(credentials, config);
    }

    public static AmazonDynamoDBClient DynamoDb(AWSCredentials credentials, AwsEndpoints endpoints, string region)
    {
        var config = new AmazonDynamoDBConfig();
        Point(config, endpoints.OverrideFor("DynamoDB"), region);
        return new AmazonDynamoDBClient(credentials, config);
    }

    private static void Point(ClientConfig config, Uri? endpoint, string region)
    {
        config.MaxErrorRetry = 0;
        config.Timeout = TimeSpan.FromSeconds(60);
        if (endpoint is null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
            return;
        }
        config.ServiceURL = endpoint.ToString();
        config.AuthenticationRegion = region;
    }
}
