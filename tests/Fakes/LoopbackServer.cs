using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplianceEngine.Fakes;

/// <summary>
/// An in-process HTTP(S) server on 127.0.0.1 with an ephemeral port, for API fakes. Records every request,
/// can inject latency, and with <c>https: true</c> serves a self-signed certificate made at start-up
/// (Azure.Core refuses bearer tokens over plain http). Nothing leaves the machine.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, Uri baseAddress, X509Certificate2? certificate)
    {
        _app = app;
        BaseAddress = baseAddress;
        Certificate = certificate;
    }

    public Uri BaseAddress { get; }

    /// <summary>The self-signed certificate when serving HTTPS; clients trust this one only.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>Every request received, in arrival order: method and path with query.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Latency added before each response, to measure concurrency against a lower bound.</summary>
    public TimeSpan Latency { get; set; }

    public int RequestCount(Func<RecordedRequest, bool>? where = null) => where is null ? Requests.Count : Requests.Count(where);

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler, bool https = false)
    {
        var certificate = https ? CreateSelfSignedCertificate() : null;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = HttpProtocols.Http1AndHttp2;
                if (certificate is not null)
                    listen.UseHttps(certificate);
            });
        });
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            var s = server!;
            s.Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase)));
            if (s.Latency > TimeSpan.Zero)
                await Task.Delay(s.Latency);
            await handler(context);
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.First().Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        server = new LoopbackServer(app, address, certificate);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate?.Dispose();
    }

    private static X509Certificate2 CreateSelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        san.AddDnsName("localhost");
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel needs the key in an exportable, platform-loadable form.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}

public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers);
