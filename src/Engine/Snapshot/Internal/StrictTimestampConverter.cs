using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Snapshot.Internal;

/// <summary>
/// A snapshot timestamp must say its offset (<c>Z</c> or <c>+09:00</c>): one without would be read in the machine's
/// time zone, and a waiver or an age would then depend on where the scan runs.
/// </summary>
internal sealed class StrictTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"expected a timestamp string with a UTC offset, found {reader.TokenType}");
        // The common case without allocating: a plain (unescaped) value read straight from its bytes.
        if (!reader.HasValueSequence && !reader.ValueIsEscaped && HasOffset(reader.ValueSpan) && reader.TryGetDateTimeOffset(out var fast))
            return fast;
        var text = reader.GetString()!;
        if (!HasOffset(text))
            throw new JsonException($"the timestamp \"{text}\" has no UTC offset; write it as \"{text}Z\" (UTC) or with its offset, e.g. +09:00");
        return reader.TryGetDateTimeOffset(out var value) ? value
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value) ? value
            : throw new JsonException($"\"{text}\" is not an ISO 8601 timestamp");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static bool HasOffset(ReadOnlySpan<byte> utf8)
    {
        var time = utf8.IndexOfAny((byte)'T', (byte)'t');
        return time >= 0 && (utf8[^1] is (byte)'Z' or (byte)'z' || utf8.LastIndexOfAny((byte)'+', (byte)'-') > time);
    }

    // After the time of day: Z, or ±hh:mm / ±hhmm / ±hh.
    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (time < 0)
            return false;
        if (text.EndsWith('Z') || text.EndsWith('z'))
            return true;
        var sign = text.LastIndexOfAny(['+', '-']);
        return sign > time;
    }
}
