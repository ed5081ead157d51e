using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Configuration;

public sealed class HardcodedListenPort : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CFG004"),
        Name = "hardcoded-listen-port",
        Title = "A Node server listens on a port written into the code",
        Area = Area.Configuration,
        Severity = Severity.Low,
        EffortHours = 0.25,
        Rationale = "Platforms (Heroku, Cloud Run, App Service, Render) tell the app which port to use through PORT, and " +
            "containers are easier to run side by side when the port is configuration. A literal port means a code change " +
            "to move the app, and a silent failure on platforms that route traffic to $PORT.",
        Fix = "Read the port from the environment with a default: `app.listen(process.env.PORT || 3000)`, or from the app's config module.",
        References =
        [
            "https://12factor.net/port-binding",
            "https://expressjs.com/en/starter/hello-world.html",
        ],
        AppliesTo = [Technology.Node],
        Examples = HardcodedListenPortExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var listens = facts.CallsNamed("listen")
            .Where(c => c.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript && c.Callee.Contains('.') && CodePaths.IsApplication(c.Span.File)
                && FileRoles.IsProduction(c.Span.File))
            .ToList();
        if (listens.Count == 0)
        {
            return RuleOutcome.Skip("no Node server calls listen()");
        }

        var violations = listens.Where(c => c.Positional(0) is { Kind: ValueKind.Number } && !ReadsPort(facts, c.Span.File))
            .Select(c => new Violation(c.Positional(0)!.Span, $"{c.Callee}({c.Positional(0)!.Raw}) in {c.Span.File}: the port is fixed in the code and PORT is never read"))
            .ToArray();
        if (violations.Length > 0)
        {
            return RuleOutcome.Fail(violations);
        }

        var configured = listens.First();
        return RuleOutcome.Pass(new Evidence($"{configured.Callee}({configured.Positional(0)?.Raw}) takes its port from configuration ({configured.Span})", configured.Span));
    }

    /// <summary>The file reads PORT (or a *_PORT variable) itself, so the literal is only a fallback written elsewhere.</summary>
    private static bool ReadsPort(RepositoryFacts facts, string file) =>
        facts.EnvReads.Any(r => r.Span.File == file && (r.Name == "PORT" || r.Name.EndsWith("_PORT", StringComparison.Ordinal)));
}
