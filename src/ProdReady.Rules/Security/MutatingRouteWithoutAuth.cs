using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.MlServing;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Security;

/// <summary>FastAPI routes that change data (POST, PUT, PATCH, DELETE) with no authentication dependency on the route,
/// its router, the include_router call or the app. Where the app guards some routes, an unguarded one is an
/// inconsistency worth a high finding; where it guards none, only routes that change or delete existing data are
/// reported. Routes that are public by design (login, sign-up, token, webhooks, health) are left alone, and an app
/// that authenticates in middleware is not judged route by route.</summary>
public sealed partial class MutatingRouteWithoutAuth : Rule
{
    private static readonly HashSet<string> Mutating = new(StringComparer.Ordinal) { "POST", "PUT", "PATCH", "DELETE" };

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU021"),
        Name = "mutating-route-without-auth",
        Title = "A FastAPI route that changes data requires no authentication",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "FastAPI applies authentication only where a dependency asks for it. A POST, PUT, PATCH or DELETE route " +
            "without one accepts anonymous requests: anyone who finds the URL (the OpenAPI schema lists it) can create, " +
            "change or delete data, and when its neighbours require a user the gap is easy to miss in review.",
        Fix = "Add the app's authentication dependency to the route (`user: User = Depends(get_current_user)`, " +
            "`dependencies=[Depends(verify_api_key)]`), or to the whole router (`APIRouter(dependencies=[Depends(...)])`) " +
            "so new routes are guarded by default; keep deliberately public routes in a separate router.",
        References =
        [
            "https://fastapi.tiangolo.com/tutorial/security/get-current-user/",
            "https://fastapi.tiangolo.com/tutorial/bigger-applications/#another-module-with-apirouter",
            "https://owasp.org/API-Security/editions/2023/en/0xa5-broken-function-level-authorization/",
        ],
        AppliesTo = [Technology.FastApi],
        Examples = MutatingRouteWithoutAuthExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var routes = facts.Routes.Where(r => r.Framework == "fastapi" && CodePaths.IsApplication(r.Span.File)).ToList();
        if (routes.Count == 0)
        {
            return RuleOutcome.Skip("no FastAPI route in application code");
        }

        if (AppGuard(facts) is { } guard)
        {
            return guard;
        }

        var routers = FastApiRouters.Read(context);
        if (routers.Unresolved is { } unresolved)
        {
            return RuleOutcome.Skip(unresolved);
        }

        var aliases = AuthAliases(facts);
        var judged = routes
            .Select(r => (Route: r, Decorator: facts.CallsIn(r.Span.File).FirstOrDefault(c => c.Span == r.Span)))
            .Where(j => !routers.IsDevelopmentOnly(j.Route, j.Decorator))
            .Select(j => (j.Route, j.Decorator, Guard: RouteGuard(j.Route, j.Decorator, facts, aliases, routers)))
            .ToList();
        var guarded = judged.Where(j => j.Guard is not null)
            .OrderBy(j => Mutating.Contains(j.Route.Method) ? 0 : 1).ThenBy(j => j.Route.Path.Length == 0 ? 1 : 0)
            .FirstOrDefault();
        var anyGuarded = guarded.Guard is not null;
        var violations = judged
            .Where(j => j.Guard is null && Mutating.Contains(j.Route.Method) && routers.IsMounted(j.Route, j.Decorator)
                && !PublicByDesign(j.Route, j.Decorator) && (anyGuarded || j.Route.Method != "POST"))
            .Select(j => new Violation(j.Route.Span, anyGuarded
                ? $"{RouteHandlers.Describe(j.Route)} requires no authentication, while other routes do ({guarded.Guard})"
                : $"{RouteHandlers.Describe(j.Route)} changes data and no route of this app requires authentication")
            {
                Severity = anyGuarded ? Severity.High : Severity.Medium,
            })
            .ToArray();
        if (violations.Length > 0)
        {
            return RuleOutcome.Fail(violations);
        }

        return anyGuarded
            ? RuleOutcome.Pass(new Evidence($"routes that change data require authentication, e.g. {guarded.Guard}", guarded.Route.Span))
            : RuleOutcome.Skip("no FastAPI route changes existing data");
    }

    /// <summary>Authentication applied to every route: a dependency on the app itself or an authentication middleware.</summary>
    private static RuleOutcome? AppGuard(RepositoryFacts facts)
    {
        foreach (var call in facts.Calls.Where(c => c.Language == SourceLanguage.Python && CodePaths.IsApplication(c.Span.File)))
        {
            if (call.Callee is "FastAPI" or "fastapi.FastAPI" && call.Keyword("dependencies") is { } dependencies && FastApiRouters.GuardsIn(dependencies.Raw) is { } name)
            {
                return RuleOutcome.Pass(new Evidence($"every route depends on {name} (FastAPI(dependencies=...) in {call.Span})", call.Span));
            }

            if (call.Name == "add_middleware" && call.Positional(0) is { } middleware && AuthMiddleware().IsMatch(middleware.Raw))
            {
                return RuleOutcome.Skip($"authentication is applied by middleware ({middleware.Raw} in {call.Span}); routes are not judged one by one");
            }
        }

        var checksHeaders = facts.Functions.Where(f => f.Language == SourceLanguage.Python && f.Decorators.Any(d => d.Name == "middleware"))
            .FirstOrDefault(f => facts.StringsIn(f.Span.File).Any(s => f.Contains(s.Span) && AuthHeader().IsMatch(s.Value)));
        return checksHeaders is null
            ? null
            : RuleOutcome.Skip($"HTTP middleware {checksHeaders.Name} in {checksHeaders.Span} reads credentials; routes are not judged one by one");
    }

    /// <summary>Names bound to an annotated dependency that authenticates: <c>CurrentUser = Annotated[User, Depends(get_current_user)]</c>.</summary>
    private static HashSet<string> AuthAliases(RepositoryFacts facts) =>
        facts.Settings.Where(s => s.Origin == SettingOrigin.PythonModule && s.Scope.Length == 0 && FastApiRouters.GuardsIn(s.Value.Raw) is not null)
            .Select(s => s.Name).ToHashSet(StringComparer.Ordinal);

    private static string? RouteGuard(RouteFact route, CallFact? decorator, RepositoryFacts facts, HashSet<string> aliases, FastApiRouters routers)
    {
        if (routers.GuardOf(route, decorator) is { } routerGuard)
        {
            return $"{RouteHandlers.Describe(route)}: {routerGuard}";
        }

        if (decorator?.Keyword("dependencies") is { } dependencies && FastApiRouters.GuardsIn(dependencies.Raw) is { } name)
        {
            return $"{RouteHandlers.Describe(route)} depends on {name} in {route.Span}";
        }

        foreach (var handler in RouteHandlers.Of(route, facts))
        {
            var parameters = PythonSignature.Parameters(handler, facts);
            if (FastApiRouters.GuardsIn(parameters) is { } dependency)
            {
                return $"{RouteHandlers.Describe(route)} depends on {dependency} in {route.Span}";
            }

            if (Words().Matches(parameters).Select(m => m.Value).FirstOrDefault(aliases.Contains) is { } alias)
            {
                return $"{RouteHandlers.Describe(route)} takes {alias} in {route.Span}";
            }
        }

        return null;
    }

    /// <summary>Sign-in, recovery, inbound hooks (a provider's name in the path: "/slack/event") and probes, told by the path, the route's name or its handler
    /// (<c>@router.post("", name="auth:register")</c> mounted under "/users").</summary>
    private static bool PublicByDesign(RouteFact route, CallFact? decorator) =>
        PublicPath().IsMatch(route.Path)
        || (decorator?.Keyword("name")?.Raw is { } name && PublicPath().IsMatch("/" + name.Trim('"', '\'')))
        || (route.Handler is { } handler && PublicPath().IsMatch("/" + handler[(handler.LastIndexOf('.') + 1)..]));

    [GeneratedRegex(@"(?i)auth|jwt|token|api_?key|oauth|login|permission|bearer")]
    private static partial Regex AuthMiddleware();

    [GeneratedRegex(@"(?i)^(authorization|x-api-key|api[-_]key|x-auth-token|bearer)$")]
    private static partial Regex AuthHeader();

    // Any path segment naming a sign-in, recovery or inbound-hook step: "/password-recovery/{email}" and
    // "/reset-password/" are public by design as much as "/login".
    [GeneratedRegex(@"(?i)/[^/]*(log-?in|log-?out|sign-?in|sign-?up|register|token|refresh|password|reset|recover|forgot|verify|confirm|callback|webhook|hook|oauth|health|ready|live|metrics|slack|stripe|github|gitlab|twilio|telegram|discord|paypal)[^/]*(/|$)")]
    private static partial Regex PublicPath();

    [GeneratedRegex(@"[A-Za-z_]\w*")]
    private static partial Regex Words();
}
