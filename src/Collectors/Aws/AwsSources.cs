using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceEngine.Engine;
using Serilog;

namespace ComplianceEngine.Collectors.Aws;

/// <summary>
/// Reads <c>sources.aws</c> of rules.json: an array of accounts, each
/// <c>{ "profile"?, "roleArn"?, "regions"?, "endpointUrl"?, "maxConcurrency"?, "organization"?, "identityCenterRegion"? }</c>, and makes one collector per
/// account, or per organisation (<c>"organization": { "roleName", "include"?, "exclude"?, "maxAccounts"? }</c>).
/// </summary>
public static partial class AwsSources
{
    public static IReadOnlyList<ISourceCollector> FromConfig(JsonElement section, string file, string jsonPath, ILogger log) =>
        ReadOptions(section, file, jsonPath)
            .Select(o => o.Organization is null ? (ISourceCollector)new AwsCollector(o, log) : new AwsOrganizationCollector(o, log)).ToList();

    public static IReadOnlyList<AwsSourceOptions> ReadOptions(JsonElement section, string file, string jsonPath)
    {
        if (section.ValueKind != JsonValueKind.Array)
            throw new InputException(file, jsonPath, null, "expected an array of AWS accounts, e.g. [{ \"profile\": \"audit\" }]");
        var sources = new List<AwsSourceOptions>();
        var index = 0;
        foreach (var element in section.EnumerateArray())
        {
            var at = $"{jsonPath}[{index++}]";
            var options = Read(element, file, at);
            if (sources.Any(s => s.Label == options.Label))
                throw new InputException(file, at, null, $"account '{options.Label}' is listed twice");
            sources.Add(options);
        }
        return sources;
    }

    private static AwsSourceOptions Read(JsonElement element, string file, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new InputException(file, path, null, "expected an object with profile, roleArn, regions, endpointUrl, maxConcurrency, organization or identityCenterRegion");
        var options = new AwsSourceOptions();
        foreach (var property in element.EnumerateObject())
        {
            var at = $"{path}.{property.Name}";
            string Text() => property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 } text
                ? text
                : throw new InputException(file, at, null, "expected a non-empty string");
            options = property.Name switch
            {
                "profile" => options with { Profile = Text() },
                "roleArn" => options with
                {
                    RoleArn = RoleArnPattern().IsMatch(Text())
                        ? Text()
                        : throw new InputException(file, at, null, "expected a role ARN like arn:aws:iam::123456789012:role/ComplianceAudit"),
                },
                "regions" => options with { Regions = Regions(property.Value, file, at) },
                "endpointUrl" => options with
                {
                    EndpointUrl = Uri.TryCreate(Text(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                        ? uri
                        : throw new InputException(file, at, null, "expected an absolute http(s) URL"),
                },
                "maxConcurrency" => options with
                {
                    MaxConcurrency = property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var n) && n is >= 1 and <= 256
                        ? n
                        : throw new InputException(file, at, null, "expected a whole number from 1 to 256"),
                },
                "organization" => options with { Organization = AwsOrganizationConfig.Read(property.Value, file, at) },
                "identityCenterRegion" => options with
                {
                    IdentityCenterRegion = RegionPattern().IsMatch(Text())
                        ? Text()
                        : throw new InputException(file, at, null, "expected the region code of the IAM Identity Center instance, such as eu-central-1"),
                },
                "accessKeyId" or "secretAccessKey" or "sessionToken" => throw new InputException(file, at, null,
                    "keys do not belong in rules.json; use a profile, a role ARN or the AWS_* environment variables"),
                _ => throw new InputException(file, at, null, "unknown property; expected profile, roleArn, regions, endpointUrl, maxConcurrency, organization or identityCenterRegion"),
            };
        }
        return options;
    }

    private static IReadOnlyList<string> Regions(JsonElement value, string file, string path)
    {
        if (value.ValueKind != JsonValueKind.Array)
            throw new InputException(file, path, null, "expected an array of region codes, e.g. [\"eu-central-1\"]");
        return value.EnumerateArray().Select((r, i) =>
            r.ValueKind == JsonValueKind.String && RegionPattern().IsMatch(r.GetString()!)
                ? r.GetString()!
                : throw new InputException(file, $"{path}[{i}]", null, "expected a region code such as eu-central-1")).ToList();
    }

    [GeneratedRegex(@"^arn:aws[a-z-]*:iam::\d{12}:role/.+$")]
    private static partial Regex RoleArnPattern();

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d$")]
    private static partial Regex RegionPattern();
}
