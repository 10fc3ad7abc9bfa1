using ComplianceEngine.Collectors.Aws;

namespace ComplianceEngine.Collectors.Aws.Internal;

/// <summary>
/// Runs every API call of one account: at most <c>maxConcurrency</c> in flight across all services, throttling
/// and 5xx retried with exponential backoff (or the server's Retry-After), and failures turned into
/// <see cref="AwsCallException"/> with a one-line reason.
/// </summary>
internal sealed class AwsCallRunner(int maxConcurrency, AwsRetryOptions retry)
{
    private readonly SemaphoreSlim _gate = new(Math.Max(1, maxConcurrency));
    private int _calls;

    public int MaxConcurrency { get; } = Math.Max(1, maxConcurrency);

    /// <summary>HTTP calls made, retries included.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public async Task<T> RunAsync<T>(string operation, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan delay;
            await _gate.WaitAsync(cancellationToken);
            try
            {
                Interlocked.Increment(ref _calls);
                return await call(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && AwsFailure.IsTransient(ex, out var retryAfter))
            {
                if (attempt >= retry.MaxAttempts)
                    throw new AwsCallException(operation, $"{AwsFailure.Describe(ex)} (gave up after {attempt} attempts)", transient: true, accessDenied: false, ex);
                delay = retryAfter is { } asked ? TimeSpan.FromTicks(Math.Min(asked.Ticks, retry.MaxDelay.Ticks)) : Backoff(attempt);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is not AwsCallException)
            {
                throw new AwsCallException(operation, AwsFailure.Describe(ex), transient: false, AwsFailure.IsAccessDenied(ex), ex);
            }
            finally
            {
                _gate.Release();
            }
            await Task.Delay(delay, cancellationToken);
        }
    }

    /// <summary>Every page of a Marker/NextToken-paged list, each page retried on its own.</summary>
    public async Task<List<T>> AllPagesAsync<T>(string operation, Func<string?, CancellationToken, Task<Page<T>>> page,
        CancellationToken cancellationToken)
    {
        var items = new List<T>();
        string? token = null;
        do
        {
            var current = token;
            var result = await RunAsync(operation, ct => page(current, ct), cancellationToken);
            items.AddRange(result.Items);
            token = result.NextToken;
        }
        while (!string.IsNullOrEmpty(token));
        return items;
    }

    private TimeSpan Backoff(int attempt)
    {
        var exponential = retry.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, retry.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble() / 2));
    }
}

/// <summary>One page of a list call and the token for the next one (null on the last page).</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextToken);
