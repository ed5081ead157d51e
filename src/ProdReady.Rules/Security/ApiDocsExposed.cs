using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Security;

public sealed partial class ApiDocsExposed : Rule
{
    private static readonly string[] DocsKeywords = ["openapi_url", "docs_url", "redoc_url"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU020"),
        Name = "api-docs-exposed",
        Title = "Interactive API documentation served in production",
        Area = Area.Security,
        Severity = Severity.Low,
        EffortHours = 0.25,
        Rationale = "FastAPI serves /docs, /redoc and /openapi.json by default. In production that publishes every route, " +
            "parameter and schema of the API to anyone, including internal and admin endpoints, and gives an attacker a " +
            "ready-made client to probe them with.",
        Fix = "Turn the documentation off outside development, e.g. `FastAPI(openapi_url=\"/openapi.json\" if settings.ENV == " +
            "\"development\" else None)`, or put it behind authentication.",
        References = ["https://fastapi.tiangolo.com/tutorial/metadata/#openapi-url"],
        AppliesTo = [Technology.FastApi],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var apps = context.Facts.Calls
            .Where(c => c.Language == SourceLanguage.Python && c.Callee is "FastAPI" or "fastapi.FastAPI" && CodePaths.IsApplication(c.Span.File))
            .ToList();
        if (apps.Count == 0)
        {
            return RuleOutcome.Skip("no FastAPI application is created in application code");
        }

        var violations = new List<Violation>();
        Evidence? evidence = null;
        foreach (var app in apps)
        {
            var openapi = app.Keyword("openapi_url");
            if (openapi is { Kind: ValueKind.Null })
            {
                evidence ??= new Evidence($"FastAPI(openapi_url=None) in {app.Span}: no API schema or docs served", app.Span);
                continue;
            }

            var configured = DocsKeywords.Select(app.Keyword).OfType<FactValue>().FirstOrDefault(v => !v.IsLiteral);
            if (configured is not null)
            {
                evidence ??= new Evidence($"FastAPI documentation URLs set from configuration ({configured.Raw}) in {app.Span}", app.Span);
                continue;
            }

            var docs = app.Keyword("docs_url") is { Kind: ValueKind.Null } ? null : app.Keyword("docs_url")?.Text ?? "/docs";
            var redoc = app.Keyword("redoc_url") is { Kind: ValueKind.Null } ? null : app.Keyword("redoc_url")?.Text ?? "/redoc";
            var served = new[] { docs, redoc }.OfType<string>().ToList();
            if (served.Count == 0)
            {
                evidence ??= new Evidence($"FastAPI(docs_url=None, redoc_url=None) in {app.Span}: no interactive docs served", app.Span);
                continue;
            }

            violations.Add(new Violation(app.Span, $"FastAPI() serves interactive API docs at {string.Join(" and ", served)} in every environment"));
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(evidence!);
    }
}
