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
            snapshot = JsonSerializer.Deserialize<FactSnapshot>(stream, Options);
        }
        catch (JsonException e)
        {
            throw new InputException(displayName, e.Path, e.LineNumber + 1, Describe(e));
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

    private static string Describe(JsonException e)
    {
        // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …"; we report those ourselves.
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
