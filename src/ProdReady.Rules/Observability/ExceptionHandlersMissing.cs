using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Observability;

public sealed partial class ExceptionHandlersMissing : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("OBS005"),
        Name = "no-exception-handlers",
        Title = "No application-level exception handler",
        Area = Area.Observability,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "Without a global exception handler, an unexpected error returns the framework's default page (Express prints " +
            "the stack trace unless NODE_ENV is production; FastAPI and Flask return a bare 500), clients get no consistent error " +
            "body, and nothing logs the failure with request context for alerting.",
        Fix = "FastAPI: @app.exception_handler(Exception) (and for HTTPException/RequestValidationError) returning a JSON error and " +
            "logging with logger.exception. Flask: @app.errorhandler(Exception) or app.register_error_handler. Express: register " +
            "app.use((err, req, res, next) => …) after all routes. Django: custom handler500 or DRF EXCEPTION_HANDLER. " +
            "ASP.NET Core: app.UseExceptionHandler() with AddProblemDetails().",
        References =
        [
            "https://fastapi.tiangolo.com/tutorial/handling-errors/",
            "https://flask.palletsprojects.com/en/stable/errorhandling/",
            "https://expressjs.com/en/guide/error-handling.html",
            "https://learn.microsoft.com/aspnet/core/fundamentals/error-handling",
        ],
        AppliesTo = TechnologyNames.WebFrameworks,
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var calls = facts.Calls.Concat(facts.Functions.SelectMany(f => f.Decorators))
            .Where(c => CodePaths.IsApplication(c.Span.File)).ToList();
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();

        void Judge(Technology technology, string searched, Evidence? found)
        {
            if (!facts.Has(technology))
            {
                return;
            }

            if (found is not null)
            {
                evidence.Add(found);
            }
            else
            {
                violations.Add(new Violation(null, $"the {TechnologyNames.Display(technology)} app registers no exception handler: searched for {searched}")
                {
                    Key = technology.ToString(),
                });
            }
        }

        var python = calls.Where(c => c.Language == SourceLanguage.Python && c.Callee.Contains('.', StringComparison.Ordinal)).ToList();
        Judge(Technology.FastApi, "@app.exception_handler, app.add_exception_handler and FastAPI(exception_handlers=…)",
            Call(python, c => c.Name is "exception_handler" or "add_exception_handler")
            ?? Call(calls, c => c.Name == "FastAPI" && c.Keyword("exception_handlers") is not null));
        Judge(Technology.Flask, "@app.errorhandler, @blueprint.app_errorhandler and register_error_handler",
            Call(python, c => c.Name is "errorhandler" or "app_errorhandler" or "register_error_handler"));
        Judge(Technology.Express, "an error-handling middleware app.use((err, req, res, next) => …)", ExpressHandler(calls, facts));

        if (DjangoHandler(facts) is { } django)
        {
            evidence.Add(django);
        }

        if (Call(calls, c => c.Language == SourceLanguage.CSharp && c.Name is "UseExceptionHandler" or "AddExceptionHandler" or "UseStatusCodePages") is { } dotnet)
        {
            evidence.Add(dotnet);
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0
            ? RuleOutcome.Pass(evidence)
            : RuleOutcome.Skip("Django and ASP.NET Core answer unhandled errors with their default error responses");
    }

    private static Evidence? Call(List<CallFact> calls, Func<CallFact, bool> predicate)
    {
        var call = calls.FirstOrDefault(predicate);
        return call is null ? null : new Evidence($"exception handler {call.Callee} in {call.Span}", call.Span);
    }

    private static Evidence? ExpressHandler(List<CallFact> calls, RepositoryFacts facts)
    {
        foreach (var use in calls.Where(c => c.Name == "use" && NodeServerCode.IsJavaScript(c.Language)))
        {
            foreach (var argument in use.Arguments.Select(a => a.Value))
            {
                if (ParameterCount(argument.Raw) == 4 || NamedErrorHandler(argument.Raw, facts))
                {
                    return new Evidence($"Express error-handling middleware {use.Callee}(…) in {use.Span}", use.Span);
                }
            }
        }

        return null;
    }

    /// <summary>A middleware passed by name: its declaration has four parameters or its name says it handles errors.</summary>
    private static bool NamedErrorHandler(string raw, RepositoryFacts facts)
    {
        if (!Identifier().IsMatch(raw))
        {
            return false;
        }

        var name = raw[(raw.LastIndexOf('.') + 1)..];
        if (name.Contains("error", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Stopgap: FunctionFact has no parameter list, so the declaration is read for its parameters.
        return facts.Functions.Where(f => f.Name == name && NodeServerCode.IsJavaScript(f.Language))
            .Select(f => facts.Repository.File(f.Span.File) is { } file ? file.Text[file.Offset(f.Span.Line, f.Span.Column)..] : string.Empty)
            .Any(text => text.IndexOf('(', StringComparison.Ordinal) is >= 0 and var open && ParameterCount(text[open..]) == 4);
    }

    /// <summary>The number of parameters of a function expression (<c>(err, req, res, next) => …</c>,
    /// <c>function (err: Error | HttpError, req, res, next) { … }</c>), or -1 when the text does not start with one.
    /// Hand-written: the JavaScript reader keeps function arguments as raw text.</summary>
    private static int ParameterCount(string raw)
    {
        var text = FunctionHead().Replace(raw, string.Empty, 1).TrimStart();
        if (!text.StartsWith('('))
        {
            return -1;
        }

        var (depth, count, current) = (0, 0, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '(' or '[' or '{' or '<')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' or '>' && !(c == '>' && i > 0 && text[i - 1] == '='))
            {
                depth--;
                if (depth == 0)
                {
                    var after = text[(i + 1)..].TrimStart();
                    var isFunction = after.StartsWith("=>", StringComparison.Ordinal) || after.StartsWith('{') || after.StartsWith(':');
                    return isFunction ? count + (current ? 1 : 0) : -1;
                }
            }
            else if (c == ',' && depth == 1)
            {
                count += current ? 1 : 0;
                current = false;
            }
            else if (depth == 1 && !char.IsWhiteSpace(c))
            {
                current = true;
            }
        }

        return -1;
    }

    private static Evidence? DjangoHandler(RepositoryFacts facts)
    {
        var setting = facts.Settings.FirstOrDefault(s => s.Name is "handler500" or "EXCEPTION_HANDLER" && CodePaths.IsApplication(s.File))
            ?? facts.SettingsNamed("REST_FRAMEWORK").FirstOrDefault(s => s.Value.Entry("EXCEPTION_HANDLER") is not null);
        if (setting is not null)
        {
            return new Evidence($"Django {setting.Name} in {setting.Span}", setting.Span);
        }

        var middleware = facts.Functions.FirstOrDefault(f => f.Name == "process_exception" && f.Language == SourceLanguage.Python);
        return middleware is null ? null : new Evidence($"Django middleware {middleware.ClassName}.process_exception in {middleware.Span}", middleware.Span);
    }

    [GeneratedRegex(@"^\s*(async\s+)?(function\b\s*\*?\s*[\w$]*)?")]
    private static partial Regex FunctionHead();

    [GeneratedRegex(@"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$")]
    private static partial Regex Identifier();
}
