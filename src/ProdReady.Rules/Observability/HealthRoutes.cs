using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Observability;

/// <summary>Recognises health, readiness and liveness endpoints by their path.</summary>
internal static partial class HealthRoutes
{
    private static readonly FrozenSet<string> HealthWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "health", "healthz", "healthcheck", "healthchecks", "health-check", "health_check", "_health", "healthy");

    private static readonly FrozenSet<string> ProbeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "readyz", "livez", "ready", "readiness", "live", "liveness", "ping", "heartbeat", "alive");

    private static readonly FrozenSet<string> PrefixWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "api", "internal", "system", "sys", "monitoring", "meta", "ops", "_");

    public const string Searched = "/health, /healthz, /healthcheck, /readyz, /livez, /ready, /live, /ping, /heartbeat, /status (also under /api or /v1)";

    /// <summary>Health routes, those named health/ready/live first and /status last.</summary>
    public static IEnumerable<RouteFact> In(RepositoryFacts facts) =>
        facts.Routes.Where(r => IsHealthPath(r.Path)).OrderBy(r => r.Path.Contains("status", StringComparison.OrdinalIgnoreCase) ? 1 : 0);

    /// <summary>A health word anywhere (<c>/health/db</c>), a probe word as the last segment (<c>/api/ping</c>), or
    /// <c>status</c> as the whole path after prefixes (<c>/api/v1/status</c>, not <c>/orders/{id}/status</c>).</summary>
    public static bool IsHealthPath(string path)
    {
        var segments = path.Trim().TrimStart('^').TrimEnd('$').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(IsParameter))
        {
            return false;
        }

        if (segments.Any(HealthWords.Contains) || ProbeWords.Contains(segments[^1]))
        {
            return true;
        }

        var meaningful = segments.Where(s => !PrefixWords.Contains(s) && !Version().IsMatch(s)).ToList();
        return meaningful.Count == 1 && meaningful[0].Equals("status", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A path parameter makes it a resource's endpoint (<c>/models/{name}/readiness</c>), not the app's health.</summary>
    private static bool IsParameter(string segment) =>
        segment.StartsWith('{') || segment.StartsWith('<') || segment.StartsWith(':') || segment.StartsWith('(') || segment.Contains('*');

    [GeneratedRegex(@"^v\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex Version();
}
