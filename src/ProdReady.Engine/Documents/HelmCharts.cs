using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using YamlDotNet.RepresentationModel;
using static ProdReady.Engine.Documents.YamlNodes;

namespace ProdReady.Engine.Documents;

/// <summary>Reads a chart's <c>Chart.yaml</c> name and its <c>values.yaml</c> as dotted keys.</summary>
internal static class HelmCharts
{
    public static HelmChart Read(SourceFile chart, Repository repository)
    {
        var directory = chart.Path.Contains('/') ? chart.Path[..chart.Path.LastIndexOf('/')] : "";
        var name = YamlDocuments.Load(chart.Text).Select(r => Text(Get(r, "name"))).FirstOrDefault(n => n is not null);
        var valuesPath = directory.Length == 0 ? "values.yaml" : directory + "/values.yaml";
        var values = ImmutableDictionary.CreateBuilder<string, DocumentValue>(StringComparer.Ordinal);
        if (repository.File(valuesPath) is { } file)
        {
            try
            {
                foreach (var root in YamlDocuments.Load(file.Text))
                {
                    Flatten(file.Path, root, "", values, 0);
                }
            }
            catch (FactReaderException)
            {
                // values.yaml is also read as settings; its parse failure is reported there.
            }
        }

        return new HelmChart { Path = chart.Path, Directory = directory, Name = name, Values = values.ToImmutable() };
    }

    private static void Flatten(string file, YamlNode node, string prefix, ImmutableDictionary<string, DocumentValue>.Builder values, int depth)
    {
        if (depth > YamlDocuments.MaxDepth)
        {
            return;
        }

        if (node is YamlMappingNode)
        {
            foreach (var (key, _, value) in Entries(node))
            {
                Flatten(file, value, prefix.Length == 0 ? key : prefix + "." + key, values, depth + 1);
            }
        }
        else if (Value(file, node, Interpolation.None) is { } scalar && prefix.Length > 0)
        {
            values[prefix] = scalar;
        }
    }
}
