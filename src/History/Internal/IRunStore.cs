using ComplianceEngine.Engine.Drift;
using System.Data.Common;
using ComplianceEngine.Engine.Configuration;

namespace ComplianceEngine.History.Internal;

/// <summary>
/// What differs between the SQLite file and the PostgreSQL server: opening, the schema, how a run is written (in one
/// transaction, with retention) and how times are stored. Everything else — queries, baselines, comparison, trends —
/// is plain SQL both understand, in <see cref="RunReader"/>, <see cref="TrendReader"/> and <see cref="HistoryStore"/>.
/// </summary>
internal interface IRunStore : IDisposable
{
    /// <summary>The file, or the server URL without its password: safe to print.</summary>
    string Location { get; }

    DbConnection Connection { get; }

    /// <summary>Records the run and its results in one transaction; applies <paramref name="retention"/> in the same
    /// transaction when given (an import passes null). Returns the run's row id.</summary>
    long Record(RunRecord run, IEnumerable<ResultRecord> results, HistorySettings? retention, CancellationToken cancellation);

    /// <summary>A time as a parameter value of this store.</summary>
    object Time(DateTimeOffset time);

    DateTimeOffset ReadTime(DbDataReader reader, int ordinal);
}
