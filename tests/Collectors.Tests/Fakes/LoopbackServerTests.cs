using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;

using ComplianceEngine.Fakes;

namespace ComplianceEngine.Collectors.Tests.Fakes;

public sealed class LoopbackServerTests
{
    [Fact]
    public async Task Serves_https_with_a_certificate_the_client_can_pin()
    {
        await using var server = await LoopbackServer.StartAsync(c => c.Response.WriteAsJsonAsync(new { ok = true }), https: true);
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert!.Thumbprint == server.Certificate!.Thumbprint,
        };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };

        var body = await client.GetFromJsonAsync<Dictionary<string, bool>>("/ping?x=1");

        body!["ok"].ShouldBeTrue();
        server.BaseAddress.Scheme.ShouldBe("https");
        server.BaseAddress.Host.ShouldBe("127.0.0.1");
        server.Requests.Single().PathAndQuery.ShouldBe("/ping?x=1");
    }
}
