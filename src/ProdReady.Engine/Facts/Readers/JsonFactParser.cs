using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Parses a JSON file into a <see cref="FactValue"/> tree where every key and value knows its line and
/// column. Comments and trailing commas are accepted, as the .NET configuration loader accepts them.</summary>
internal sealed class JsonFactParser
{
    private const int MaxDepth = 64;

    private readonly SourceFile _file;
    private readonly byte[] _bytes;
    private readonly int _charBase;
    private int _byteCursor;
    private int _charCursor;

    private JsonFactParser(SourceFile file)
    {
        _file = file;
        _charBase = file.Text.StartsWith('\uFEFF') ? 1 : 0;
        _bytes = Encoding.UTF8.GetBytes(file.Text, _charBase, file.Text.Length - _charBase);
    }

    /// <summary>The document's root value, or null for an empty file.</summary>
    /// <exception cref="FactReaderException">The text is not JSON.</exception>
    public static FactValue? Parse(SourceFile file)
    {
        if (string.IsNullOrWhiteSpace(file.Text))
        {
            return null;
        }

        var parser = new JsonFactParser(file);
        var options = new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth };
        var reader = new Utf8JsonReader(parser._bytes, options);
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var root = parser.ReadValue(ref reader);
            reader.Read();
            return root;
        }
        catch (JsonException exception)
        {
            throw new FactReaderException($"invalid JSON at line {exception.LineNumber + 1}: {Describe(exception)}");
        }
    }

    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).ReplaceLineEndings(" ").Trim();
    }

    private FactValue ReadValue(ref Utf8JsonReader reader)
    {
        return reader.TokenType switch
        {
            JsonTokenType.StartObject => ReadObject(ref reader),
            JsonTokenType.StartArray => ReadArray(ref reader),
            _ => ReadScalar(ref reader),
        };
    }

    private FactValue ReadObject(ref Utf8JsonReader reader)
    {
        var start = CharOffset(reader.TokenStartIndex);
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var keyStart = CharOffset(reader.TokenStartIndex);
            var keyEnd = CharOffset(reader.TokenStartIndex + reader.ValueSpan.Length + 2);
            var key = reader.GetString()!;
            reader.Read();
            entries.Add(new FactEntry(key, ReadValue(ref reader), Span(keyStart, keyEnd)));
        }

        var end = CharOffset(reader.TokenStartIndex + 1);
        return Container(ValueKind.Dict, start, end) with { Entries = entries.ToImmutable() };
    }

    private FactValue ReadArray(ref Utf8JsonReader reader)
    {
        var start = CharOffset(reader.TokenStartIndex);
        var items = ImmutableArray.CreateBuilder<FactValue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(ReadValue(ref reader));
        }

        var end = CharOffset(reader.TokenStartIndex + 1);
        return Container(ValueKind.List, start, end) with { Items = items.ToImmutable() };
    }

    private FactValue ReadScalar(ref Utf8JsonReader reader)
    {
        var quotes = reader.TokenType == JsonTokenType.String ? 2 : 0;
        var start = CharOffset(reader.TokenStartIndex);
        var end = CharOffset(reader.TokenStartIndex + reader.ValueSpan.Length + quotes);
        var (kind, text) = reader.TokenType switch
        {
            JsonTokenType.String => (ValueKind.String, reader.GetString()),
            JsonTokenType.Number => (ValueKind.Number, Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.True => (ValueKind.Bool, "true"),
            JsonTokenType.False => (ValueKind.Bool, "false"),
            _ => (ValueKind.Null, (string?)null),
        };
        return new FactValue { Kind = kind, Raw = _file.Text[start..end], Span = Span(start, end), Text = text };
    }

    private FactValue Container(ValueKind kind, int start, int end) =>
        new() { Kind = kind, Raw = _file.Text[start..end], Span = Span(start, end) };

    private SourceSpan Span(int start, int end)
    {
        var (line, column) = _file.Position(start);
        return new SourceSpan(_file.Path, line, column, end - start);
    }

    /// <summary>Utf8JsonReader reports byte offsets; tokens arrive in order, so the byte-to-character mapping only
    /// ever walks forward and the whole file is decoded once.</summary>
    private int CharOffset(long byteOffset)
    {
        var target = (int)byteOffset;
        _charCursor += Encoding.UTF8.GetCharCount(_bytes, _byteCursor, target - _byteCursor);
        _byteCursor = target;
        return _charCursor + _charBase;
    }
}
