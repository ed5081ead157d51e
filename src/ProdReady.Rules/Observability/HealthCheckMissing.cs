using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Observability;

public sealed partial class HealthCheckMissing : Rule
{
    private static readonly string[] HealthLibraries =
        ["health_check", "fastapi_health", "flask_healthz", "healthcheck", "@godaddy/terminus", "express-healthcheck", "express-actuator", "lightship", "@nestjs/terminus"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("OBS003"),
        Name = "health-check-missing",
        Title = "No health check endpoint",
        Area = Area.Observability,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "Load balancers, Docker HEALTHCHECK, Kubernetes probes and uptime monitors need an endpoint that says whether the " +
            "app can serve. Without one, a hung or half-started instance keeps receiving traffic, rolling deploys cannot wait for " +
            "readiness, and outages are noticed by users first.",
        Fix = "Add a cheap GET /health (liveness) and, ideally, a /ready endpoint that checks the database and other dependencies. " +
            "FastAPI/Flask: a route returning {\"status\": \"ok\"}; Django: django-health-check in INSTALLED_APPS and its urls; " +
            "Express: app.get('/health', …) or @godaddy/terminus; ASP.NET Core: builder.Services.AddHealthChecks() and " +
            "app.MapHealthChecks(\"/health\").",
        References =
        [
            "https://learn.microsoft.com/aspnet/core/host-and-deploy/health-checks",
            "https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/",
            "https://django-health-check.readthedocs.io/",
        ],
        AppliesTo = TechnologyNames.WebFrameworks,
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var route = HealthRoutes.In(facts).FirstOrDefault(r => !CodePaths.IsTest(r.Span.File));
        if (route is not null)
        {
            return RuleOutcome.Pass(new Evidence($"health endpoint {RouteHandlers.Describe(route)} in {route.Span}", route.Span));
        }

        if (Library(facts) is { } library)
        {
            return RuleOutcome.Pass(library);
        }

        var routes = facts.Routes.Count(r => !CodePaths.IsTest(r.Span.File));
        if (routes == 0)
        {
            return RuleOutcome.Skip("no routes were found, so there is nothing to look for a health endpoint in");
        }

        return RuleOutcome.Fail(new Violation(null,
            $"no health, readiness or liveness endpoint among the {routes} routes declared: searched for {HealthRoutes.Searched}, " +
            "MapHealthChecks, django-health-check and health-check libraries"));
    }

    private static Evidence? Library(RepositoryFacts facts)
    {
        var mapped = facts.Calls.FirstOrDefault(c => c.Is("MapHealthChecks") || c.Is("UseHealthChecks"));
        if (mapped is not null)
        {
            var path = mapped.Positional(0)?.EffectiveString;
            return new Evidence($"{mapped.Name}({(path is null ? string.Empty : $"\"{path}\"")}) in {mapped.Span}", mapped.Span);
        }

        // A hand-written middleware or ASGI/WSGI wrapper serving the path: health_check(application, "/health/").
        var wrapper = facts.Calls.FirstOrDefault(c => !CodePaths.IsTest(c.Span.File)
            && c.Name.Contains("health", StringComparison.OrdinalIgnoreCase)
            && c.Arguments.Any(a => a.Value.EffectiveString is { } p && p.StartsWith('/') && HealthRoutes.IsHealthPath(p)));
        if (wrapper is not null)
        {
            var path = wrapper.Arguments.Select(a => a.Value.EffectiveString).First(p => p is not null && p.StartsWith('/') && HealthRoutes.IsHealthPath(p));
            return new Evidence($"health endpoint \"{path}\" served by {wrapper.Callee}() in {wrapper.Span}", wrapper.Span);
        }

        var app = facts.SettingsNamed("INSTALLED_APPS").SelectMany(s => s.Value.Items)
            .FirstOrDefault(i => i.EffectiveString?.StartsWith("health_check", StringComparison.Ordinal) == true);
        if (app is not null)
        {
            return new Evidence($"django-health-check ({app.EffectiveString}) in INSTALLED_APPS at {app.Span}", app.Span);
        }

        var import = facts.Imports.FirstOrDefault(i => !CodePaths.IsTest(i.Span.File)
            && HealthLibraries.Any(l => i.Module == l || i.Module.StartsWith(l + ".", StringComparison.Ordinal)));
        return import is null ? null : new Evidence($"health-check library {import.Module} imported in {import.Span}", import.Span);
    }
}
