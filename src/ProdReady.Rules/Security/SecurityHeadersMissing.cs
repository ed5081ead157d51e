using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;
using ProdReady.Rules.Infrastructure;

namespace ProdReady.Rules.Security;

public sealed partial class SecurityHeadersMissing : Rule
{
    private static readonly HashSet<string> HeaderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Security-Policy", "Strict-Transport-Security", "X-Content-Type-Options", "X-Frame-Options",
    };

    private static readonly SecurityHeaderStack[] Stacks =
    [
        new()
        {
            Framework = "Flask",
            Language = SourceLanguage.Python,
            CreatesApp = c => c.Callee is "Flask" or "flask.Flask",
            AppClass = "Flask",
            HeaderModules = ["flask_talisman", "talisman", "secure"],
            HeaderCalls = ["Talisman", "Secure"],
            Searched = "flask-talisman (Talisman(app)), the secure package, and Content-Security-Policy, Strict-Transport-Security, " +
                "X-Content-Type-Options or X-Frame-Options set in code (an after_request hook) or by nginx",
        },
        new()
        {
            Framework = "Express",
            Language = SourceLanguage.JavaScript,
            CreatesApp = c => c.Callee == "express" && c.Arguments.IsEmpty,
            HeaderModules = ["helmet", "lusca"],
            HeaderCalls = ["helmet", "lusca"],
            Searched = "helmet (app.use(helmet())), lusca, and Content-Security-Policy, Strict-Transport-Security, " +
                "X-Content-Type-Options or X-Frame-Options set in code or by nginx",
        },
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU030"),
        Name = "security-headers-missing",
        Title = "The web app sets no security headers",
        Area = Area.Security,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "Without Content-Security-Policy an injected script runs with the user's session; without " +
            "Strict-Transport-Security the first request can be downgraded to HTTP and intercepted; without " +
            "X-Content-Type-Options and X-Frame-Options browsers sniff uploads as HTML and let other sites frame the app " +
            "for clickjacking. Flask and Express send none of these by default.",
        Fix = "Flask: `Talisman(app, content_security_policy={...})` from flask-talisman (or an `@app.after_request` hook " +
            "that sets the headers). Express: `app.use(helmet())`. Or add the headers once in the reverse proxy " +
            "(`add_header Strict-Transport-Security \"max-age=31536000\" always;` in nginx).",
        References =
        [
            "https://flask.palletsprojects.com/en/stable/web-security/#security-headers",
            "https://github.com/GoogleCloudPlatform/flask-talisman",
            "https://helmetjs.github.io/",
            "https://cheatsheetseries.owasp.org/cheatsheets/HTTP_Headers_Cheat_Sheet.html",
        ],
        AppliesTo = [Technology.Flask, Technology.Express],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var proxy = ProxyHeaders(context);
        if (proxy is null && NginxServers.Public(context).Any())
        {
            return RuleOutcome.Skip("an nginx proxy in the repository serves the app; its headers are judged by IAC008");
        }

        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var stack in Stacks)
        {
            HashSet<string> subclasses = stack.AppClass is null ? [] : facts.Classes.Where(c => Family(c.Language) == stack.Language && c.Inherits(stack.AppClass)).Select(c => c.Name).ToHashSet();
            var app = facts.Calls.FirstOrDefault(c => Family(c.Language) == stack.Language && (stack.CreatesApp(c) || subclasses.Contains(c.Callee))
                && FileRoles.IsProduction(c.Span.File));
            if (app is null)
            {
                continue;
            }

            var found = HeaderEvidence(facts, stack) ?? proxy;
            if (found is not null)
            {
                evidence.Add(found);
            }
            else
            {
                violations.Add(new Violation(null, $"the {stack.Framework} app created at {app.Span} sets no security headers: searched for {stack.Searched}; none found")
                { Key = stack.Framework });
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence) : RuleOutcome.Skip("no Flask or Express app is created in production code");
    }

    private static Evidence? HeaderEvidence(RepositoryFacts facts, SecurityHeaderStack stack)
    {
        var production = (SourceSpan s) => FileRoles.IsProduction(s.File);
        var call = facts.Calls.FirstOrDefault(c => Family(c.Language) == stack.Language && stack.HeaderCalls.Contains(c.Name) && production(c.Span)
            && facts.ImportsIn(c.Span.File).Any(i => stack.HeaderModules.Contains(i.Module)));
        if (call is not null)
        {
            return new Evidence($"{call.Callee}() sets security headers ({call.Span})", call.Span);
        }

        var header = facts.Strings.FirstOrDefault(s => HeaderNames.Contains(s.Value) && production(s.Span) && Family(s.Language) == stack.Language);
        return header is null ? null : new Evidence($"{header.Value} header set in code ({header.Span})", header.Span);
    }

    private static Evidence? ProxyHeaders(AuditContext context)
    {
        foreach (var config in NginxServers.Configs(context))
        {
            var added = config.All.FirstOrDefault(d => d.Name is "add_header" or "more_set_headers"
                && HeaderNames.Contains(d.Arguments.FirstOrDefault()?.Text.Split(':')[0].Trim('"', '\'') ?? string.Empty));
            if (added is not null)
            {
                return new Evidence($"nginx adds {added.Arguments[0].Text} in {config.Path}", added.Span);
            }
        }

        return null;
    }

    private static SourceLanguage Family(SourceLanguage language) => language == SourceLanguage.TypeScript ? SourceLanguage.JavaScript : language;
}
