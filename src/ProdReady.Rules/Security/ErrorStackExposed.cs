using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Security;

public sealed partial class ErrorStackExposed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU056"),
        Name = "error-stack-exposed",
        Title = "An Express error handler sends stack traces to clients",
        Area = Area.Security,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "A stack trace in a response names the server's files, libraries and versions and sometimes the query or " +
            "value that failed: a map for whoever is probing the API. Express's own handler hides it in production; a custom " +
            "error middleware that puts err.stack in the body shows it in every environment.",
        Fix = "Log the error with its stack on the server and answer with a generic message and a request ID; include the stack " +
            "only when `process.env.NODE_ENV === \"development\"`.",
        References =
        [
            "https://expressjs.com/en/guide/error-handling.html",
            "https://cwe.mitre.org/data/definitions/209.html",
            "https://owasp.org/www-community/Improper_Error_Handling",
        ],
        Examples = ErrorStackExposedExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var violations = new List<Violation>();
        var handlers = 0;
        foreach (var file in context.Repository.Files.Where(f => FileRoles.IsJavaScript(f.Path) && CodePaths.IsApplication(f.Path)
            && f.Text.Contains("next", StringComparison.Ordinal)))
        {
            // Stopgap: function facts carry no parameter lists, so error middleware is found by its four-parameter
            // signature in the text, and its body by matching braces.
            foreach (Match signature in ErrorMiddleware().Matches(file.Text))
            {
                handlers++;
                var error = signature.Groups["err"].Value;
                var body = Body(file.Text, signature.Index + signature.Length);
                if (body.Length == 0 || EnvironmentCheck().IsMatch(body.Text))
                {
                    continue;
                }

                var stack = Regex.Matches(body.Text, $@"\b{Regex.Escape(error)}\.stack\b").FirstOrDefault(m => InResponse(body.Text, m.Index, signature.Groups["res"].Value));
                if (stack is null)
                {
                    continue;
                }

                var (line, column) = file.Position(body.Start + stack.Index);
                violations.Add(new Violation(new Engine.Facts.SourceSpan(file.Path, line, column, stack.Length),
                    $"the error handler in {file.Path} puts {error}.stack in the response with no environment check"));
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return handlers > 0
            ? RuleOutcome.Pass(new Evidence($"{handlers} Express error handler(s) send no stack trace"))
            : RuleOutcome.Skip("no Express error-handling middleware");
    }

    /// <summary>The stack is an argument of a call on the response (<c>res.status(500).json({ stack })</c>): the
    /// statement holding it starts with the response object.</summary>
    private static bool InResponse(string body, int at, string response)
    {
        var start = body.LastIndexOf(';', at) + 1;
        var statement = body[start..at];
        var call = statement.IndexOf(response + ".", StringComparison.Ordinal);
        return call >= 0 && statement.IndexOf('(', call) > call;
    }

    /// <summary>The text between the first <c>{</c> after <paramref name="from"/> and its closing brace.</summary>
    private static (int Start, int Length, string Text) Body(string text, int from)
    {
        var open = text.IndexOf('{', from);
        if (open < 0 || open - from > 40)
        {
            return (0, 0, string.Empty);
        }

        var depth = 0;
        for (var i = open; i < text.Length && i - open < 20_000; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return (open, i - open + 1, text[open..(i + 1)]);
            }
        }

        return (0, 0, string.Empty);
    }

    [GeneratedRegex(@"\(\s*(?<err>err|error|e|ex|exception)\s*(:\s*\w+\s*)?,\s*req\w*\s*(:\s*\w+\s*)?,\s*(?<res>res\w*)\s*(:\s*\w+\s*)?,\s*next\w*\s*(:\s*\w+\s*)?\)\s*(=>)?")]
    private static partial Regex ErrorMiddleware();

    [GeneratedRegex(@"NODE_ENV|production|development|isDev|isProd|\.env\b|config\.(env|debug)|app\.get\(\s*['""]env['""]")]
    private static partial Regex EnvironmentCheck();
}
