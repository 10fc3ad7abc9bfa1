namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>Counts every HTTP request that reaches the wire, retries included.</summary>
internal sealed class RequestCounter : DelegatingHandler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return base.SendAsync(request, cancellationToken);
    }
}
