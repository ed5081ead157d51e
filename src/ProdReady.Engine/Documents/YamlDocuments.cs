using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ProdReady.Engine.Facts;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ProdReady.Engine.Documents;

/// <summary>Loads every document of a YAML text with YamlDotNet's representation model, whose nodes keep their
/// start marks. Before loading, the event stream is checked for nesting deeper than 64 levels; after loading, the
/// size the documents would have with every alias expanded is counted (shared nodes once each), so an alias bomb
/// is refused instead of walked.</summary>
internal static class YamlDocuments
{
    public const int MaxDepth = 64;

    public const long MaxExpandedNodes = 200_000;

    /// <exception cref="FactReaderException">The text is not YAML, nests too deep or expands too far.</exception>
    public static ImmutableArray<YamlNode> Load(string text)
    {
        try
        {
            CheckDepth(text);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            var roots = stream.Documents.Select(d => d.RootNode).ToImmutableArray();
            var sizes = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
            if (roots.Sum(r => ExpandedSize(r, sizes, 0)) > MaxExpandedNodes)
            {
                throw new FactReaderException($"YAML aliases expand to more than {MaxExpandedNodes} nodes (an alias bomb); not read");
            }

            return roots;
        }
        catch (YamlException exception)
        {
            throw new FactReaderException($"invalid YAML at line {exception.Start.Line}, column {exception.Start.Column}: {Describe(exception)}");
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            throw new FactReaderException($"invalid YAML: {exception.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static void CheckDepth(string text)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart:
                    depth++;
                    if (depth > MaxDepth)
                    {
                        var mark = parser.Current.Start;
                        throw new FactReaderException($"YAML nested deeper than {MaxDepth} levels at line {mark.Line}; not read");
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }
    }

    private static long ExpandedSize(YamlNode node, Dictionary<YamlNode, long> sizes, int depth)
    {
        if (sizes.TryGetValue(node, out var known))
        {
            return known;
        }

        if (depth > MaxDepth * 4)
        {
            throw new FactReaderException("YAML aliases refer to themselves; not read");
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        long size = 1;
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    size = Math.Min(size + ExpandedSize(key, sizes, depth + 1) + ExpandedSize(value, sizes, depth + 1), long.MaxValue / 4);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    size = Math.Min(size + ExpandedSize(item, sizes, depth + 1), long.MaxValue / 4);
                }

                break;
        }

        sizes[node] = size;
        return size;
    }

    private static string Describe(YamlException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[(cut + 3)..]).ReplaceLineEndings(" ").Trim();
    }
}
