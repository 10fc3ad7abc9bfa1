using Amazon.Runtime;
using ComplianceEngine.Collectors.Aws.Internal;
using ComplianceEngine.Fakes.Aws;

namespace ComplianceEngine.Collectors.Tests.Aws.Internal;

/// <summary>The official SigV4 test suite's <c>get-vanilla</c> case: GET / on example.amazonaws.com, service "service".</summary>
public sealed class SigV4RequestSignerTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private const string ExpectedSignature = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
    private static readonly DateTime SignedAt = new(2015, 8, 30, 12, 36, 0, DateTimeKind.Utc);

    [Fact]
    public void Signs_get_vanilla_as_the_test_suite_expects()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");

        SigV4RequestSigner.Sign(request, [], new ImmutableCredentials("AKIDEXAMPLE", Secret, null), "us-east-1", "service", SignedAt);

        request.Headers.GetValues("Authorization").Single().ShouldBe(
            $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature={ExpectedSignature}");
        request.Headers.GetValues("X-Amz-Date").Single().ShouldBe("20150830T123600Z");
    }

    [Fact]
    public void The_fake_verifier_agrees_with_the_test_suite()
    {
        var headers = new Dictionary<string, string> { ["host"] = "example.amazonaws.com", ["x-amz-date"] = "20150830T123600Z" };

        var signature = SigV4Verifier.Signature("GET", "/", "", headers,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Secret, "20150830T123600Z", "us-east-1", "service");

        signature.ShouldBe(ExpectedSignature);
    }

    [Fact]
    public void Session_tokens_are_sent_and_signed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1:8080/") { Content = new ByteArrayContent([]) };

        SigV4RequestSigner.Sign(request, [], new ImmutableCredentials("ASIAEXAMPLE", Secret, "the-token"), "us-east-1", "iam", SignedAt);

        request.Headers.GetValues("X-Amz-Security-Token").Single().ShouldBe("the-token");
        request.Headers.GetValues("Authorization").Single().ShouldContain("SignedHeaders=host;x-amz-date;x-amz-security-token,");
    }
}
