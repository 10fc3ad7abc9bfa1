using System.Text.Json;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// Finds a page's <c>@odata.nextLink</c> and counts its items by tokenising the body once, without building
/// objects, so the next request can leave while the SDK deserialises this page. Tokenising the whole body also
/// proves it is complete JSON: a truncated body throws <see cref="JsonException"/> here.
/// </summary>
internal static class PageScanner
{
    public static (string? NextLink, int Items) Scan(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, isFinalBlock: true, default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("a Graph page is a JSON object");
        string? next = null;
        var items = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isNext = reader.ValueTextEquals("@odata.nextLink"u8);
            var isValue = reader.ValueTextEquals("value"u8);
            reader.Read();
            if (isNext && reader.TokenType == JsonTokenType.String)
                next = reader.GetString();
            else if (isValue && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items++;
                    reader.Skip();
                }
            }
            else
                reader.Skip();
        }
        if (reader.TokenType != JsonTokenType.EndObject)
            throw new JsonException("the page ends before its closing brace");
        return (next, items);
    }
}
