using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static ProdReady.Engine.Documents.YamlNodes;

namespace ProdReady.Engine.Documents;

/// <summary>A chart's default <c>values.yaml</c>, so a template reference such as <c>.Values.resources</c> can be read
/// as the value it renders by default. Only the default file is known: a chart that ships other values files
/// (<c>values-production.yaml</c>) has none, because which one a release uses is not in the repository.</summary>
internal sealed partial class HelmValues
{
    private readonly YamlNode _root;

    private HelmValues(YamlNode root, string? chartName)
    {
        _root = root;
        ChartName = chartName;
    }

    /// <summary>The chart's name from Chart.yaml, which <c>.Chart.Name</c> prints.</summary>
    public string? ChartName { get; }

    /// <summary>The chart's values, or null when there is no single default values file to read them from.</summary>
    public static HelmValues? For(string chartDirectory, IEnumerable<string> paths, Func<string, string?> read)
    {
        var prefix = chartDirectory.Length == 0 ? "" : chartDirectory + "/";
        var valuesFiles = paths.Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && !p[prefix.Length..].Contains('/')
            && OtherValuesFile().IsMatch(p[prefix.Length..])).ToList();
        if (valuesFiles.Count != 1 || valuesFiles[0][prefix.Length..] is not ("values.yaml" or "values.yml") || read(valuesFiles[0]) is not { } text)
        {
            return null;
        }

        try
        {
            var roots = YamlDocuments.Load(text);
            var chart = read(prefix + "Chart.yaml") is { } chartText ? YamlDocuments.Load(chartText) : [];
            var name = chart.Select(c => Text(Get(c, "name"))).FirstOrDefault(n => n is not null);
            return roots.Length == 1 && roots[0] is YamlMappingNode root ? new HelmValues(root, name is not null && SafeWord().IsMatch(name) ? name : null) : null;
        }
        catch (Exception exception) when (exception is YamlException or Facts.FactReaderException)
        {
            return null;
        }
    }

    /// <summary>The node at a dotted path (<c>image.tag</c>), or null when the values do not set it.</summary>
    public YamlNode? Resolve(string path)
    {
        YamlNode? node = _root;
        foreach (var key in path.Split('.'))
        {
            node = Get(node, key);
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Whether a value renders as nothing: unset, null, empty, or an empty mapping or sequence.</summary>
    public static bool IsEmpty(YamlNode? node) => node switch
    {
        null => true,
        YamlMappingNode mapping => mapping.Children.Count == 0,
        YamlSequenceNode sequence => sequence.Children.Count == 0,
        YamlScalarNode scalar => scalar.Value is null or "" or "~" or "null" or "Null" or "NULL",
        _ => false,
    };

    /// <summary>A mapping or sequence as one line of flow YAML (JSON is flow YAML), so the template keeps its line
    /// numbers; null for anything deeper than a manifest block needs.</summary>
    public static string? Flow(YamlNode node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            if (!Write(writer, node, 0))
            {
                return null;
            }
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A scalar as it would print into a template line, when it is a plain word that needs no quoting.</summary>
    public static string? Word(YamlNode node) =>
        node is YamlScalarNode { Value: { Length: > 0 } value } && SafeWord().IsMatch(value) ? value : null;

    private static bool Write(Utf8JsonWriter writer, YamlNode node, int depth)
    {
        if (depth > 8)
        {
            return false;
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, _, value) in Entries(mapping))
                {
                    writer.WritePropertyName(key);
                    if (!Write(writer, value, depth + 1))
                    {
                        return false;
                    }
                }

                writer.WriteEndObject();
                return true;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    if (!Write(writer, item, depth + 1))
                    {
                        return false;
                    }
                }

                writer.WriteEndArray();
                return true;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                return true;
            default:
                return false;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain or ScalarStyle.Any)
        {
            switch (value)
            {
                case "true" or "True" or "TRUE":
                    writer.WriteBooleanValue(true);
                    return;
                case "false" or "False" or "FALSE":
                    writer.WriteBooleanValue(false);
                    return;
                case "" or "~" or "null" or "Null" or "NULL":
                    writer.WriteNullValue();
                    return;
            }

            if (long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                writer.WriteNumberValue(number);
                return;
            }
        }

        writer.WriteStringValue(value);
    }

    [GeneratedRegex(@"^values\.ya?ml$|^values[-_.].*\.ya?ml$|[-_.]values\.ya?ml$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherValuesFile();

    [GeneratedRegex(@"^[A-Za-z0-9._/@:-]+$")]
    private static partial Regex SafeWord();
}
