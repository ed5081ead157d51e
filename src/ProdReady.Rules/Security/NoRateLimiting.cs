using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed class NoRateLimiting : Rule
{
    private static readonly string[] Packages =
    [
        "slowapi", "fastapi-limiter", "django-ratelimit", "flask-limiter", "djangorestframework-simplejwt-ratelimit",
        "limits", "express-rate-limit", "rate-limiter-flexible", "express-slow-down", "@nestjs/throttler", "express-brute",
        "aspnetcoreratelimit", "django-axes",
    ];

    private static readonly string[] Modules = ["slowapi", "fastapi_limiter", "django_ratelimit", "ratelimit", "flask_limiter", "express-rate-limit", "rate-limiter-flexible"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU002"),
        Name = "no-rate-limiting",
        Title = "No rate limiting",
        Area = Area.Security,
        Severity = Severity.Medium,
        EffortHours = 2,
        Rationale = "Without a limit on requests per client, a login form can be brute-forced, an expensive endpoint " +
            "(a model prediction, a report, a search) can exhaust the server or the bill, and one misbehaving client can " +
            "starve the rest.",
        Fix = "Add a limiter in the app or at the edge: slowapi or fastapi-limiter for FastAPI, django-ratelimit or DRF " +
            "`DEFAULT_THROTTLE_CLASSES` for Django, Flask-Limiter, express-rate-limit for Express, " +
            "`builder.Services.AddRateLimiter(...)` with `app.UseRateLimiter()` for ASP.NET Core, or `limit_req` in nginx; " +
            "use stricter limits on authentication endpoints.",
        References =
        [
            "https://owasp.org/API-Security/editions/2023/en/0xa4-unrestricted-resource-consumption/",
            "https://slowapi.readthedocs.io/",
            "https://www.django-rest-framework.org/api-guide/throttling/",
            "https://learn.microsoft.com/aspnet/core/performance/rate-limit",
        ],
        AppliesTo = TechnologyNames.WebFrameworks,
        Examples = RateLimitingExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        if (Find(facts) is { } evidence)
        {
            return RuleOutcome.Pass(evidence);
        }

        return RuleOutcome.Fail(new Violation(null,
            "no rate limiting found: searched for slowapi, fastapi-limiter, django-ratelimit, DRF throttle classes, Flask-Limiter, " +
            "express-rate-limit, rate-limiter-flexible, ASP.NET Core AddRateLimiter and nginx limit_req"));
    }

    private static Evidence? Find(RepositoryFacts facts)
    {
        var call = facts.Calls.FirstOrDefault(c => FileRoles.IsProduction(c.Span.File) && (c.Callee is "Limiter" or "slowapi.Limiter" or "FastAPILimiter.init"
            || c.Name is "AddRateLimiter" or "UseRateLimiter" or "rateLimit" or "RateLimiterMemory" or "RateLimiterRedis"));
        if (call is not null)
        {
            return new Evidence($"rate limiting: {call.Callee} in {call.Span}", call.Span);
        }

        var decorator = facts.Functions.SelectMany(f => f.Decorators).FirstOrDefault(d => d.Name is "limit" or "ratelimit" && d.Callee.Contains("limit", StringComparison.OrdinalIgnoreCase));
        if (decorator is not null)
        {
            return new Evidence($"rate limiting: @{decorator.Callee} in {decorator.Span}", decorator.Span);
        }

        var throttle = facts.Settings.FirstOrDefault(s => s.Name is "DEFAULT_THROTTLE_CLASSES" or "DEFAULT_THROTTLE_RATES" && FileRoles.IsProduction(s.File));
        if (throttle is not null)
        {
            return new Evidence($"rate limiting: REST framework {throttle.Name} in {throttle.Span}", throttle.Span);
        }

        var dependency = facts.Dependencies.FirstOrDefault(d => !d.Development && Packages.Contains(d.Name, StringComparer.OrdinalIgnoreCase));
        if (dependency is not null)
        {
            return new Evidence($"rate limiting: {dependency.Name} declared in {dependency.Span}", dependency.Span);
        }

        var import = facts.Imports.FirstOrDefault(i => Modules.Any(m => i.Module == m || i.Module.StartsWith(m + ".", StringComparison.Ordinal)));
        if (import is not null)
        {
            return new Evidence($"rate limiting: {import.Module} imported in {import.Span}", import.Span);
        }

        return Nginx(facts);
    }

    private static Evidence? Nginx(RepositoryFacts facts)
    {
        var limit = facts.Nginx.SelectMany(c => c.All).FirstOrDefault(d => d.Name is "limit_req" or "limit_req_zone");
        return limit is null ? null : new Evidence($"rate limiting: nginx {limit.Name} in {limit.Span}", limit.Span);
    }
}
