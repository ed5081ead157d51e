using System.Collections.Immutable;
using ProdReady.Engine.Files;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Parses every document of a YAML file into a <see cref="FactValue"/> tree with YamlDotNet's marks.
/// Aliases are never expanded (an alias is an unresolved <see cref="ValueKind.Expression"/> written <c>*name</c>),
/// so a billion-laughs document costs no more than its own text.</summary>
internal sealed class YamlFactParser
{
    private const int MaxDepth = 64;

    private readonly SourceFile _file;
    private readonly IParser _parser;
    private long _line = 1;

    private YamlFactParser(SourceFile file)
    {
        _file = file;
        _parser = new Parser(new StringReader(file.Text));
    }

    /// <exception cref="FactReaderException">The text is not YAML or nests deeper than 64 levels.</exception>
    public static ImmutableArray<FactValue> Parse(SourceFile file)
    {
        var parser = new YamlFactParser(file);
        try
        {
            return parser.ReadStream();
        }
        catch (YamlException exception)
        {
            throw new FactReaderException($"invalid YAML at line {exception.Start.Line}, column {exception.Start.Column}: {Describe(exception)}");
        }
        catch (InvalidOperationException exception)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed flow collections.
            throw new FactReaderException($"invalid YAML after line {parser._line}: {exception.Message}");
        }
    }

    private static string Describe(YamlException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[(cut + 3)..]).ReplaceLineEndings(" ").Trim();
    }

    private ImmutableArray<FactValue> ReadStream()
    {
        var documents = ImmutableArray.CreateBuilder<FactValue>();
        _parser.Consume<StreamStart>();
        while (_parser.TryConsume<DocumentStart>(out _))
        {
            if (!_parser.Accept<DocumentEnd>(out _))
            {
                documents.Add(ReadNode(0));
            }

            _parser.Consume<DocumentEnd>();
        }

        _parser.Consume<StreamEnd>();
        return documents.ToImmutable();
    }

    private FactValue ReadNode(int depth)
    {
        _line = _parser.Current?.Start.Line ?? _line;
        if (depth > MaxDepth)
        {
            var mark = _parser.Current!.Start;
            throw new FactReaderException($"invalid YAML at line {mark.Line}, column {mark.Column}: nested deeper than {MaxDepth} levels");
        }

        if (_parser.TryConsume<Scalar>(out var scalar))
        {
            return YamlScalars.ToValue(scalar, Raw(scalar.Start, scalar.End), Span(scalar.Start, scalar.End));
        }

        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            return new FactValue { Kind = ValueKind.Expression, Raw = Raw(alias.Start, alias.End), Span = Span(alias.Start, alias.End) };
        }

        if (_parser.TryConsume<SequenceStart>(out var sequence))
        {
            var items = ImmutableArray.CreateBuilder<FactValue>();
            while (!_parser.Accept<SequenceEnd>(out _))
            {
                items.Add(ReadNode(depth + 1));
            }

            var sequenceEnd = _parser.Consume<SequenceEnd>();
            return Container(ValueKind.List, sequence.Start, sequenceEnd.End) with { Items = items.ToImmutable() };
        }

        var mapping = _parser.Consume<MappingStart>();
        var entries = ImmutableArray.CreateBuilder<FactEntry>();
        while (!_parser.Accept<MappingEnd>(out _))
        {
            var key = ReadNode(depth + 1);
            var value = ReadNode(depth + 1);
            entries.Add(new FactEntry(key.Text ?? key.Raw, value, key.Span));
        }

        var mappingEnd = _parser.Consume<MappingEnd>();
        return Container(ValueKind.Dict, mapping.Start, mappingEnd.End) with { Entries = entries.ToImmutable() };
    }

    /// <summary>A block collection ends where the next token starts, so its raw text is trimmed of the blank and
    /// comment lines in between; a flow collection's end mark sits before its closing bracket.</summary>
    private FactValue Container(ValueKind kind, Mark start, Mark end)
    {
        var to = (int)Math.Min(end.Index, _file.Text.Length);
        if (to < _file.Text.Length && _file.Text[to] is ']' or '}')
        {
            to++;
        }

        var raw = TrimTrailingComments(Raw(start, to));
        return new FactValue { Kind = kind, Raw = raw, Span = new SourceSpan(_file.Path, (int)start.Line, (int)start.Column, raw.Length) };
    }

    private static string TrimTrailingComments(string raw)
    {
        raw = raw.TrimEnd();
        var lastLine = raw.LastIndexOf('\n');
        while (lastLine >= 0 && raw.AsSpan(lastLine + 1).TrimStart().StartsWith("#"))
        {
            raw = raw[..lastLine].TrimEnd();
            lastLine = raw.LastIndexOf('\n');
        }

        return raw;
    }

    private string Raw(Mark start, Mark end) => Raw(start, (int)Math.Min(end.Index, _file.Text.Length));

    private string Raw(Mark start, int end)
    {
        var from = (int)Math.Min(start.Index, _file.Text.Length);
        return _file.Text[from..Math.Max(from, end)];
    }

    private SourceSpan Span(Mark start, Mark end) =>
        new(_file.Path, (int)start.Line, (int)start.Column, (int)(Math.Max(end.Index, start.Index) - start.Index));
}
