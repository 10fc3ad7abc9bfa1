using System.Text.Json;

namespace ComplianceEngine.Engine.Configuration.Internal;

/// <summary>
/// JSON path → line number for a document, so that validation messages can say where a problem is.
/// System.Text.Json's DOM keeps no positions; one pass with the reader records them.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);

    public long? LineOf(string path) => _lines.TryGetValue(path, out var line) ? line : null;

    public static JsonLineMap Build(ReadOnlySpan<byte> json)
    {
        var map = new JsonLineMap();
        var newlines = new List<int>();
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
                newlines.Add(i);
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new Stack<Frame>();
        string? pendingName = null;
        while (reader.Read())
        {
            var line = LineAt(newlines, reader.TokenStartIndex);
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    map._lines.TryAdd(JsonPaths.Property(stack.Peek().Path, pendingName!), line);
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    var path = NextPath(stack, pendingName);
                    map._lines.TryAdd(path, line);
                    stack.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    map._lines.TryAdd(NextPath(stack, pendingName), line);
                    break;
            }
            pendingName = null;
        }
        return map;
    }

    private static string NextPath(Stack<Frame> stack, string? name)
    {
        if (stack.Count == 0)
            return "$";
        var parent = stack.Peek();
        return parent.IsArray ? JsonPaths.Index(parent.Path, parent.NextIndex++) : JsonPaths.Property(parent.Path, name!);
    }

    private static long LineAt(List<int> newlines, long offset)
    {
        var index = newlines.BinarySearch((int)offset);
        return (index < 0 ? ~index : index) + 1;
    }

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
    }
}

internal static class JsonPaths
{
    public static string Property(string parent, string name) =>
        IsIdentifier(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_' || name[0] == '$')
                        && name.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '$');
}
