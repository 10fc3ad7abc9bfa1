namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// Runs one piece of work per item (user, group, bucket, region) with bounded parallelism. The first permanent
/// failure (AccessDenied, a bad request) stops the rest, so it is reported once rather than per item; items
/// whose retries ran out are collected and the others carry on.
/// </summary>
internal static class FanOut
{
    public static async Task<FanOutResult> RunAsync<T>(IReadOnlyCollection<T> items, int degreeOfParallelism,
        Func<T, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        AwsCallException? permanent = null;
        var transient = new List<AwsCallException>();
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, degreeOfParallelism), CancellationToken = stop.Token };
        try
        {
            await Parallel.ForEachAsync(items, options, async (item, ct) =>
            {
                try
                {
                    await work(item, ct);
                    Interlocked.Increment(ref done);
                }
                catch (AwsCallException e) when (e.Transient)
                {
                    lock (transient)
                        transient.Add(e);
                }
                catch (AwsCallException e)
                {
                    Interlocked.CompareExchange(ref permanent, e, null);
                    await stop.CancelAsync();
                }
            });
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && permanent is not null)
        {
            // Stopped on purpose after the first permanent failure.
        }
        return new FanOutResult(items.Count, done, permanent, transient);
    }
}

internal sealed record FanOutResult(int Total, int Succeeded, AwsCallException? Permanent, IReadOnlyList<AwsCallException> Transient)
{
    public bool Complete => Succeeded == Total;

    /// <summary>Why the fan-out is incomplete, in one line, or null when it is complete.</summary>
    public string? Reason(string what) => Permanent is { } p
        ? p.Message
        : Transient.Count > 0
            ? $"{Total - Succeeded} of {Total} {what} failed; first: {Transient[0].Message}"
            : null;
}
