using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceEngine.History.Internal.Transfer;

/// <summary>The export file's lines and how it is opened (gzip when the name ends in .gz).</summary>
internal static class ExportFile
{
    public const string Format = "compliance-history-export";
    public const int Version = 1;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public sealed record Header(string Format, int Version, DateTimeOffset ExportedAt, string ToolVersion, int Runs);

    public sealed record RunLine(RunRecord Run);

    public sealed record EndLine(string End, int Results);

    public static Stream Open(string file, bool write)
    {
        var stream = write ? File.Create(file) : File.OpenRead(file);
        if (!file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            return stream;
        return write ? new GZipStream(stream, CompressionLevel.Fastest) : new GZipStream(stream, CompressionMode.Decompress);
    }
}
