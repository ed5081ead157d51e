using System.Globalization;
using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Security;

public sealed partial class RequestBodyLimitTooLarge : Rule
{
    private const double MaxMegabytes = 10;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU057"),
        Name = "request-body-limit-too-large",
        Title = "Express body parsers accept very large request bodies",
        Area = Area.Security,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "express.json() and body-parser read the whole body into memory and parse it on the event loop. The default " +
            "limit (100 kB) is there for that reason; raised to tens or hundreds of megabytes, a handful of concurrent requests " +
            "exhausts the process's memory or stalls every other request while one body is parsed.",
        Fix = "Keep the global limit small (the default, or a few hundred kB) and raise it only on the route that needs it; " +
            "send files as multipart uploads streamed to storage (multer, busboy) rather than as JSON or base64.",
        References =
        [
            "https://expressjs.com/en/api.html#express.json",
            "https://github.com/expressjs/body-parser#limit",
            "https://cwe.mitre.org/data/definitions/400.html",
        ],
        AppliesTo = [Technology.Node],
        Examples = RequestBodyLimitExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var parsers = context.Facts.Calls
            .Where(c => c.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript && CodePaths.IsApplication(c.Span.File) && Parser().IsMatch(c.Callee))
            .ToList();
        if (parsers.Count == 0)
        {
            return RuleOutcome.Skip("no Express or body-parser body parser");
        }

        var violations = new List<Violation>();
        foreach (var call in parsers)
        {
            if (call.Positional(0)?.Entry("limit") is { } limit && Megabytes(limit) is > MaxMegabytes and var size)
            {
                violations.Add(new Violation(limit.Span, $"{call.Callee}({{ limit: {limit.Raw} }}) lets one request body take {size:0.#} MB of memory, parsed on the event loop"));
            }
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"body parsers keep a limit of {MaxMegabytes:0} MB or less ({parsers[0].Callee} in {parsers[0].Span})", parsers[0].Span));
    }

    /// <summary>A limit as body-parser reads it: a byte count, or a size such as "50mb" or "1.5gb".</summary>
    private static double? Megabytes(FactValue limit)
    {
        var text = limit.Text ?? limit.Raw;
        if (Size().Match(text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var number = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        return match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "gb" => number * 1024,
            "mb" => number,
            "kb" => number / 1024,
            _ => number / (1024 * 1024),
        };
    }

    [GeneratedRegex(@"^(express|bodyParser|body[Pp]arser)\.(json|urlencoded|raw|text)$|^bodyParser$")]
    private static partial Regex Parser();

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<unit>b|kb|mb|gb)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Size();
}
