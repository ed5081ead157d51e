using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Rules.Kubernetes;

namespace ProdReady.Rules.Containers;

/// <summary>The HTTP paths that deployment files expect the application to serve: Kubernetes httpGet probes of the
/// repository's own containers, Dockerfile HEALTHCHECK commands and the healthchecks of compose services built from
/// the repository (the URL given to curl or wget).</summary>
internal static partial class HealthTargets
{
    public static IEnumerable<(string Path, SourceSpan Span, string What)> Find(RepositoryFacts facts)
    {
        foreach (var (workload, _, container) in Workloads.Containers(facts))
        {
            if (container.Incomplete || BackingImages.Of(container.ImageReference) is not null)
            {
                continue;
            }

            foreach (var (kind, probe) in new[] { ("liveness", container.Liveness), ("readiness", container.Readiness), ("startup", container.Startup) })
            {
                if (probe?.Path is { IsResolved: true } path && path.Text.StartsWith('/'))
                {
                    yield return (path.Text, path.Span, $"the {kind} probe of {Workloads.Describe(workload, container)}");
                }
            }
        }

        foreach (var dockerfile in ContainerFiles.Dockerfiles(facts))
        {
            if (dockerfile.FinalStage?.Healthcheck is { } check && UrlPath(check.Command) is { } path)
            {
                yield return (path, check.Span, $"the HEALTHCHECK of {dockerfile.Path}");
            }
        }

        foreach (var service in ContainerFiles.Services(facts).Where(s => s.HasBuild))
        {
            if (service.Healthcheck?.Test is { IsResolved: true } test && UrlPath(test.Text) is { } path)
            {
                yield return (path, test.Span, $"the healthcheck of compose service {service.Name}");
            }
        }
    }

    /// <summary>The path of the first http(s) URL aimed at the container itself (localhost, 127.0.0.1, 0.0.0.0).</summary>
    public static string? UrlPath(string command)
    {
        var match = LocalUrl().Match(command);
        if (!match.Success)
        {
            return null;
        }

        var path = match.Groups["path"].Value;
        var query = path.IndexOfAny(['?', '#']);
        return query >= 0 ? path[..query] : path.Length == 0 ? "/" : path;
    }

    [GeneratedRegex(@"https?://(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(:[0-9]+)?(?<path>/[^\s""'|;&)]*)?")]
    private static partial Regex LocalUrl();
}
