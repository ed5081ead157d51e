using System.Collections.Immutable;
using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Reads YAML configuration (<c>config*.yml</c>, <c>settings*.yml</c>, <c>application*.yml</c>,
/// Helm <c>values.yaml</c> and any other <c>.yml</c>/<c>.yaml</c>) into settings, one per key at every depth.
/// Refused, because they are documents with their own structure rather than settings: docker-compose and
/// compose files, GitHub workflows, <c>.gitlab-ci.yml</c>, Kubernetes manifests (by content, Helm templates
/// included), <c>Chart.yaml</c>, <c>kustomization.yaml</c>, templates (a file under a <c>templates/</c> directory
/// holding <c>{{</c>, which is not YAML until rendered), OpenAPI/Swagger documents, <c>pnpm-lock.yaml</c>, and
/// anything under node_modules.</summary>
public sealed class YamlConfigReader : IFactReader
{
    public bool CanRead(SourceFile file)
    {
        var path = file.Path;
        if (!FileKinds.IsYaml(path)
            || FileKinds.IsVendored(path)
            || FileKinds.IsCompose(path)
            || FileKinds.IsGitHubWorkflow(path)
            || FileKinds.IsGitLabCi(path)
            || FileKinds.IsHelmChart(path)
            || FileKinds.IsKustomization(path)
            || FileKinds.LowerNameOf(path) == "pnpm-lock.yaml")
        {
            return false;
        }

        if (FileKinds.IsUnder(path, "templates") && file.Text.Contains("{{", StringComparison.Ordinal))
        {
            return false;
        }

        return !IsOpenApi(file.Text) && KubernetesYaml.FirstObjectLine(file.Text) is null;
    }

    public FileFacts Read(SourceFile file)
    {
        var settings = ImmutableArray.CreateBuilder<SettingFact>();
        foreach (var document in YamlFactParser.Parse(file))
        {
            settings.AddRange(SettingFlattener.Flatten(document, SettingOrigin.Yaml));
        }

        return new FileFacts { Settings = settings.ToImmutable() };
    }

    private static bool IsOpenApi(string text)
    {
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.StartsWith("openapi:") || line.StartsWith("swagger:"))
            {
                return true;
            }
        }

        return false;
    }
}
