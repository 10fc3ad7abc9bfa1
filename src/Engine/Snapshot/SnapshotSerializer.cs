using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Snapshot;

/// <summary>Reads and writes snapshot files. Errors name the file, the JSON path and the line.</summary>
public static class SnapshotSerializer
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    // Reading is strict where writing need not be: no null where a value is needed, no duplicate keys (a later
    // "mfaActive": true would silently win), no timestamp without an offset, no nesting deeper than a snapshot has.
    private static readonly JsonSerializerOptions ReadOptions = new(Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
        MaxDepth = 32,
        Converters = { new Internal.StrictTimestampConverter(), new Internal.NoNullItemsConverter() },
    };

    public static FactSnapshot Read(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, null, null, "the snapshot file does not exist");
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    public static FactSnapshot Read(Stream stream, string displayName)
    {
        FactSnapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize<FactSnapshot>(SkipBom(stream), ReadOptions);
        }
        catch (Internal.NoNullItemsConverter.ItemJsonException e)
        {
            throw new InputException(displayName, (e.Path ?? "$") + e.Relative, e.LineNumber + 1, e.Problem);
        }
        catch (JsonException e)
        {
            throw new InputException(displayName, e.Path, e.LineNumber + 1, Describe(e));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or OverflowException or ArgumentException or NotSupportedException)
        {
            // A value the model refuses (a number too large, a malformed value, invalid UTF-8): still bad input.
            throw new InputException(displayName, "$", null, $"unreadable snapshot: {e.Message}");
        }
        if (snapshot is null)
            throw new InputException(displayName, "$", 1, "expected a snapshot object, found null");
        if (snapshot.FormatVersion is < FactSnapshot.OldestReadableFormatVersion or > FactSnapshot.CurrentFormatVersion)
            throw new InputException(displayName, "$.formatVersion", null,
                $"format version {snapshot.FormatVersion} is not supported; this build reads versions " +
                $"{FactSnapshot.OldestReadableFormatVersion} to {FactSnapshot.CurrentFormatVersion}");
        SnapshotValidator.Validate(snapshot, displayName);
        return SnapshotUpgrade.ToCurrent(snapshot);
    }

    public static void Write(FactSnapshot snapshot, Stream stream) =>
        JsonSerializer.Serialize(stream, snapshot, Options);

    public static byte[] ToUtf8Bytes(FactSnapshot snapshot) =>
        JsonSerializer.SerializeToUtf8Bytes(snapshot, Options);

    // System.Text.Json skips a UTF-8 BOM itself only for some entry points; accepted explicitly, as for rules.json.
    private static Stream SkipBom(Stream stream)
    {
        if (!stream.CanSeek)
            return stream;
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        if (read < 3 || head[0] != 0xEF || head[1] != 0xBB || head[2] != 0xBF)
            stream.Seek(-read, SeekOrigin.Current);
        return stream;
    }

    private static string Describe(JsonException e)
    {
        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …"; we report those ourselves.
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
