using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Types a YAML scalar. Plain scalars follow the YAML 1.2 core schema, plus the YAML 1.1 booleans
/// (<c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>) because PyYAML, which most Python services load their YAML
/// with, still reads those as booleans; their text is normalised to <c>true</c>/<c>false</c>.</summary>
internal static partial class YamlScalars
{
    private const string StringTag = "tag:yaml.org,2002:str";

    public static FactValue ToValue(Scalar scalar, string raw, SourceSpan span)
    {
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        if (scalar.Style != ScalarStyle.Plain || tag == StringTag)
        {
            return InterpolatedValue.FromString(scalar.Value, raw, span);
        }

        if (tag.Length > 0 && !tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
        {
            return new FactValue { Kind = ValueKind.Expression, Raw = raw, Span = span, Text = scalar.Value };
        }

        var text = scalar.Value;
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return new FactValue { Kind = ValueKind.Null, Raw = raw, Span = span };
        }

        if (Boolean(text) is { } flag)
        {
            return new FactValue { Kind = ValueKind.Bool, Raw = raw, Span = span, Text = flag ? "true" : "false" };
        }

        return Number().IsMatch(text)
            ? new FactValue { Kind = ValueKind.Number, Raw = raw, Span = span, Text = text }
            : InterpolatedValue.FromString(text, raw, span);
    }

    private static bool? Boolean(string text) => text switch
    {
        "true" or "True" or "TRUE" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" => true,
        "false" or "False" or "FALSE" or "no" or "No" or "NO" or "off" or "Off" or "OFF" => false,
        _ => null,
    };

    [GeneratedRegex(@"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Number();
}
