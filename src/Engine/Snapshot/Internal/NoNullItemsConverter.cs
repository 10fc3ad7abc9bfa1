using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceEngine.Engine.Snapshot.Internal;

/// <summary>
/// Lists in a snapshot never hold null (a fact, a role, a gap, a string): <c>[null]</c> is refused with its path rather
/// than reaching a rule as a NullReferenceException. System.Text.Json does not apply nullable annotations to items.
/// </summary>
internal sealed class NoNullItemsConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
        && !typeToConvert.GetGenericArguments()[0].IsValueType;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Items<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    internal sealed class ItemJsonException(string relative, string problem) : JsonException(problem)
    {
        /// <summary>The path below the list property, e.g. <c>[3].roles[0].roleName</c>.</summary>
        public string Relative { get; } = relative;

        public string Problem { get; } = problem;

        public static string ProblemOf(JsonException e)
        {
            if (e is ItemJsonException item)
                return item.Problem;
            var cut = e.Message.IndexOf(" Path: ", StringComparison.Ordinal);
            return cut > 0 ? e.Message[..cut] : e.Message;
        }
    }

    private sealed class Items<T> : JsonConverter<IReadOnlyList<T>> where T : class
    {
        public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
                throw new JsonException($"expected an array, found {reader.TokenType}");
            var items = new List<T>();
            var converter = (JsonConverter<T>)options.GetConverter(typeof(T));
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                    throw new ItemJsonException($"[{items.Count}]", "null is not allowed here; a list in a snapshot holds no nulls");
                // The item's own converter is fast but reports no path below the list; on failure the item is read
                // again from a copy of the reader, through the serializer, only to say exactly where.
                var checkpoint = reader;
                T? item;
                try
                {
                    item = converter.Read(ref reader, typeof(T), options);
                }
                catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException)
                {
                    // The serializer turns what the converter threw into a JsonException only at its own boundary.
                    throw WithPath(ref checkpoint, options, items.Count);
                }
                items.Add(item ?? throw new ItemJsonException($"[{items.Count}]", "null is not allowed here"));
            }
            return items;
        }

        private static JsonException WithPath(ref Utf8JsonReader reader, JsonSerializerOptions options, int index)
        {
            try
            {
                JsonSerializer.Deserialize<T>(ref reader, options);
                return new ItemJsonException($"[{index}]", "the item cannot be read");
            }
            catch (JsonException e)
            {
                var inner = e is ItemJsonException { Path: null } ? "" : (e.Path ?? "$").TrimStart('$');
                return new ItemJsonException($"[{index}]{inner}{(e as ItemJsonException)?.Relative}", ItemJsonException.ProblemOf(e));
            }
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.ToList(), options);
    }
}
