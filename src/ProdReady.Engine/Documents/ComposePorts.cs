using ProdReady.Engine.Facts;
using YamlDotNet.RepresentationModel;
using static ProdReady.Engine.Documents.YamlNodes;

namespace ProdReady.Engine.Documents;

/// <summary>Reads a compose port in the short syntax (<c>[HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]</c>, IPv6
/// host addresses in brackets) or the long syntax (<c>target</c>, <c>published</c>, <c>host_ip</c>).</summary>
internal static class ComposePorts
{
    public static ComposePort? Read(string file, YamlNode node)
    {
        var span = Span(file, node);
        if (node is YamlMappingNode)
        {
            var target = ComposeParser.Scalar(file, Get(node, "target"));
            return target is null ? null : new ComposePort
            {
                Raw = "target " + target.Text,
                Span = span,
                Target = target,
                Published = ComposeParser.Scalar(file, Get(node, "published")),
                HostIp = Text(Get(node, "host_ip")),
                Protocol = Text(Get(node, "protocol")) ?? "tcp",
            };
        }

        if (ComposeParser.Scalar(file, node) is not { } value)
        {
            return null;
        }

        var text = value.Text;
        var protocol = "tcp";
        var slash = text.LastIndexOf('/');
        if (slash > 0)
        {
            protocol = text[(slash + 1)..];
            text = text[..slash];
        }

        string? hostIp = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            hostIp = text[1..close];
            text = text[(close + 2)..];
        }

        var parts = SplitOutsideBraces(text);
        if (parts.Count == 3)
        {
            hostIp = parts[0];
            parts.RemoveAt(0);
        }

        return new ComposePort
        {
            Raw = value.Text,
            Span = span,
            HostIp = hostIp,
            Published = parts.Count == 2 ? Part(parts[0], span) : null,
            Target = Part(parts[^1], span),
            Protocol = protocol,
        };
    }

    private static DocumentValue Part(string text, SourceSpan span) => ComposeInterpolation.Value(text, span);

    /// <summary>Splits on ':' but not inside <c>${VAR:-default}</c>.</summary>
    private static List<string> SplitOutsideBraces(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (text[i] == ':' && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }
}
