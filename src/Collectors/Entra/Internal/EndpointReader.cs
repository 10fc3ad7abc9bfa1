using System.Diagnostics;
using System.Text.Json;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Serilog;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// Reads one Graph endpoint to the end, following <c>@odata.nextLink</c>. Throttling and 5xx are retried by the
/// SDK's retry handler below this; a page whose body arrives truncated is asked for again here. Whatever stops
/// the endpoint becomes an <see cref="EndpointFailure"/>, never an exception, and is logged once.
/// </summary>
internal sealed class EndpointReader(ILogger log, EntraCollectorOptions options)
{
    private static readonly Dictionary<string, ParsableFactory<IParsable>> Errors = new() { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

    // One page is deserialised at a time, so that the page chains keep a core for their round trips.
    private readonly SemaphoreSlim _parseLane = new(1);

    /// <param name="request">The first page's request for null, else the request for a next link.</param>
    public async Task<EndpointResult<T>> ReadAllAsync<TPage, T>(string endpoint, IRequestAdapter adapter,
        Func<string?, RequestInformation> request, ParsableFactory<TPage> factory, Func<TPage, IEnumerable<T>?> items,
        CancellationToken cancellationToken) where TPage : BaseCollectionPaginationCountResponse
    {
        var started = Stopwatch.StartNew();
        var parsing = new List<Task<List<T>?>>();
        EndpointFailure? failure = null;
        var calls = 0;
        var seen = 0;
        string? next = null;
        do
        {
            var (body, pageFailure, attempts) = await FetchPageAsync(endpoint, next,
                (url, ct) => FetchBodyAsync(adapter, request(url), ct), cancellationToken);
            calls += attempts;
            if ((failure = pageFailure) is not null || body is null)
                break;
            next = body.NextLink;
            seen += body.Items;
            // The SDK deserialises this page while the next one is on its way: the page chain waits only for links.
            parsing.Add(ParseInLaneAsync(body.Buffer, factory, items));
            log.Debug("Entra {Endpoint}: page {Page}, {Items} items so far", endpoint, parsing.Count, seen);
            options.OnPage?.Invoke(endpoint, parsing.Count, seen);
        }
        while (next is not null);

        var collected = new List<T>(seen);
        foreach (var page in parsing)
        {
            try
            {
                if (await page is { } values)
                    collected.AddRange(values);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failure = EndpointFailures.From(endpoint, ex);
                break;
            }
        }
        return Finish(endpoint, collected, calls, failure, started);
    }

    private static async Task<PageBody?> FetchBodyAsync(IRequestAdapter adapter, RequestInformation request, CancellationToken cancellationToken)
    {
        await using var stream = await adapter.SendPrimitiveAsync<Stream>(request, Errors, cancellationToken);
        if (stream is null)
            return null;
        var buffer = await PageBuffer.ReadAsync(stream, cancellationToken);
        try
        {
            var (next, items) = PageScanner.Scan(buffer.Memory.Span);
            return new PageBody(buffer, next, items);
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    private async Task<List<T>?> ParseInLaneAsync<TPage, T>(PageBuffer buffer, ParsableFactory<TPage> factory, Func<TPage, IEnumerable<T>?> items)
        where TPage : IParsable
    {
        await _parseLane.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await Task.Yield();
            return Parse(buffer, factory, items);
        }
        finally
        {
            _parseLane.Release();
        }
    }

    /// <summary>Deserialises a page with the SDK's model and projects it, then gives the buffer back to the pool.</summary>
    private static List<T>? Parse<TPage, T>(PageBuffer buffer, ParsableFactory<TPage> factory, Func<TPage, IEnumerable<T>?> items)
        where TPage : IParsable
    {
        using (buffer)
        {
            using var document = JsonDocument.Parse(buffer.Memory);
            return new JsonParseNode(document.RootElement).GetObjectValue(factory) is { } page ? items(page)?.ToList() : null;
        }
    }

    private sealed record PageBody(PageBuffer Buffer, string? NextLink, int Items);

    public async Task<EndpointResult<T>> ReadOneAsync<T>(string endpoint, Func<CancellationToken, Task<T?>> fetch,
        CancellationToken cancellationToken) where T : class
    {
        var started = Stopwatch.StartNew();
        var (item, failure, calls) = await FetchPageAsync(endpoint, null, (_, ct) => fetch(ct), cancellationToken);
        failure ??= item is null ? new EndpointFailure(endpoint, 204, null, "empty response") : null;
        return Finish(endpoint, item is null ? [] : new List<T> { item }, calls, failure, started);
    }

    private async Task<(TPage? Page, EndpointFailure? Failure, int Attempts)> FetchPageAsync<TPage>(string endpoint, string? next,
        Func<string?, CancellationToken, Task<TPage?>> fetch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return (await fetch(next, cancellationToken), null, attempt);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && EndpointFailures.IsBrokenBody(ex) && attempt <= options.TruncatedPageRetries)
            {
                log.Debug("Entra {Endpoint}: response body broken off ({Error}); asking for the page again", endpoint, ex.GetType().Name);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                return (default, EndpointFailures.From(endpoint, ex), attempt);
            }
        }
    }

    private EndpointResult<T> Finish<T>(string endpoint, List<T> items, int calls, EndpointFailure? failure, Stopwatch started)
    {
        if (failure is null)
            log.Information("Entra {Endpoint}: {Items} items in {Calls} calls, {DurationMs} ms", endpoint, items.Count, calls, started.ElapsedMilliseconds);
        else
            log.Warning("Entra {Endpoint}: stopped after {Items} items in {Calls} calls, {DurationMs} ms: {Reason}",
                endpoint, items.Count, calls, started.ElapsedMilliseconds, failure.Describe());
        return new EndpointResult<T>(items, calls, failure);
    }
}
