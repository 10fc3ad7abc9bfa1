using Serilog;

namespace ComplianceEngine.Cli.Internal;

/// <summary>
/// Page-by-page progress of a collection. On a terminal it keeps one line on stderr up to date; in an unattended run
/// (stderr redirected) it becomes debug log events, so nightly logs stay one line per endpoint.
/// </summary>
internal static class CollectionProgress
{
    private static readonly Lock Gate = new();

    public static Action<string, int, int> For(ILogger log)
    {
        if (Console.IsErrorRedirected)
            return (endpoint, pages, items) => log.Debug("Fetched {Pages} page(s), {Items} item(s) from {Endpoint}", pages, items, endpoint);
        return (endpoint, pages, items) =>
        {
            lock (Gate)
                Console.Error.Write($"\r{endpoint,-40} {pages,6:N0} pages {items,10:N0} items");
        };
    }
}
