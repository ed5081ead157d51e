using ProdReady.Engine.Facts;
using YamlDotNet.RepresentationModel;

namespace ProdReady.Engine.Documents;

/// <summary>Reading helpers over the representation model: mapping entries with merge keys (<c>&lt;&lt;: *base</c>)
/// applied (explicit keys win), typed look-ups, and values with their spans. Text that interpolation or a template
/// would replace (<c>${VAR}</c>, <c>$VAR</c>, the masked Helm action) makes a value unresolved.</summary>
internal static class YamlNodes
{
    public static List<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(YamlNode? node)
    {
        var result = new List<(string, YamlNode, YamlNode)>();
        if (node is not YamlMappingNode mapping)
        {
            return result;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: "<<" })
            {
                continue;
            }

            var name = (key as YamlScalarNode)?.Value ?? "";
            seen.Add(name);
            result.Add((name, key, value));
        }

        foreach (var (key, value) in mapping.Children.Where(c => c.Key is YamlScalarNode { Value: "<<" }))
        {
            var sources = value is YamlSequenceNode list ? list.Children.ToList() : [value];
            foreach (var source in sources)
            {
                foreach (var entry in Entries(source).Where(e => seen.Add(e.Key)))
                {
                    result.Add(entry);
                }
            }
        }

        return result;
    }

    public static YamlNode? Get(YamlNode? node, string key) =>
        Entries(node).FirstOrDefault(e => e.Key == key).Value;

    /// <summary>The key node of <paramref name="key"/> in a mapping, for spans that point at the key.</summary>
    public static YamlNode? KeyOf(YamlNode? node, string key) =>
        Entries(node).FirstOrDefault(e => e.Key == key).KeyNode;

    public static YamlNode? Path(YamlNode? node, params string[] keys) =>
        keys.Aggregate(node, (current, key) => Get(current, key));

    public static IEnumerable<YamlNode> Items(YamlNode? node) =>
        node is YamlSequenceNode sequence ? sequence.Children : [];

    public static SourceSpan Span(string file, YamlNode node) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, (int)Math.Max(0, node.End.Index - node.Start.Index));

    /// <summary>A scalar's value; null for a mapping or sequence or a missing node.</summary>
    public static DocumentValue? Value(string file, YamlNode? node, Interpolation interpolation)
    {
        if (node is not YamlScalarNode scalar)
        {
            return null;
        }

        var text = scalar.Value ?? "";
        var span = Span(file, scalar);
        if (text.Contains(HelmMask.Token, StringComparison.Ordinal))
        {
            return new DocumentValue(text, span, ValueState.Unresolved);
        }

        return interpolation == Interpolation.Compose ? ComposeInterpolation.Value(text, span) : new DocumentValue(text, span);
    }

    public static string? Text(YamlNode? node) => (node as YamlScalarNode)?.Value;
}
