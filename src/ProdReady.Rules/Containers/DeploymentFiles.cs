namespace ProdReady.Rules.Containers;

/// <summary>Recognises container and deployment files by path.</summary>
internal static class DeploymentFiles
{
    public const string DockerfilesSearched = "Dockerfile, Dockerfile.*, *.Dockerfile and Containerfile in every directory";

    public const string OrchestrationSearched = "docker-compose*.yml/yaml, compose*.yml/yaml, Kubernetes manifests, Helm charts, " +
        "kustomization.yaml, skaffold.yaml, render.yaml and Terraform";

    private static readonly string[] PlatformFiles =
        ["Procfile", "app.yaml", "app.yml", "vercel.json", "netlify.toml", "render.yaml", "fly.toml", "railway.json", "railway.toml",
         "nixpacks.toml", "serverless.yml", "serverless.yaml", "zappa_settings.json"];

    public static bool IsDockerfile(string path)
    {
        var name = Name(path);
        return name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase) || name.Equals("Containerfile", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Dockerfile-", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsCompose(string path)
    {
        var name = Name(path).ToLowerInvariant();
        return (name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose.", StringComparison.Ordinal)
                || name.StartsWith("compose-", StringComparison.Ordinal))
            && (name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal));
    }

    /// <summary>Files that describe several services to a scheduler: Kubernetes, Helm, Kustomize, Skaffold, Render, Terraform.</summary>
    public static bool IsOrchestration(string path)
    {
        var name = Name(path).ToLowerInvariant();
        var segments = path.ToLowerInvariant().Split('/');
        return IsCompose(path) || name is "chart.yaml" or "kustomization.yaml" or "kustomization.yml" or "skaffold.yaml" or "render.yaml"
            || name.EndsWith(".tf", StringComparison.Ordinal)
            || (segments.SkipLast(1).Any(s => s is "k8s" or "kubernetes" or "manifests" or "helm" or "deploy" or "kube")
                && (name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal)));
    }

    /// <summary>A platform that builds and runs the app without a Dockerfile (Heroku-style buildpacks, App Engine, Vercel...).</summary>
    public static bool IsPlatformConfig(string path) => path.Count(c => c == '/') <= 1 && PlatformFiles.Contains(Name(path), StringComparer.Ordinal);

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];
}
