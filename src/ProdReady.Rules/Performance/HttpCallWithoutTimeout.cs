using System.Collections.Frozen;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Security;

namespace ProdReady.Rules.Performance;

public sealed partial class HttpCallWithoutTimeout : Rule
{
    private static readonly FrozenSet<string> Verbs = FrozenSet.Create(StringComparer.Ordinal,
        "get", "post", "put", "patch", "delete", "head", "options", "request");

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("PRF060"),
        Name = "http-call-without-timeout",
        Title = "Outbound HTTP call with no timeout",
        Area = Area.Performance,
        Severity = Severity.Medium,
        EffortHours = 0.25,
        Rationale = "requests waits forever by default: when the other service stops answering (a hung upstream, a " +
            "dropped connection without a reset), the calling worker or request thread hangs with it, and a few such " +
            "calls take every worker of the service down. (httpx and aiohttp have default timeouts; requests has none.)",
        Fix = "Pass timeout= on every call, e.g. requests.get(url, timeout=(3.05, 10)) for connect and read, or use a " +
            "requests.Session wrapped so that every request gets a default timeout.",
        References =
        [
            "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts",
            "https://requests.readthedocs.io/en/latest/user/quickstart/#timeouts",
        ],
        AppliesTo = [Technology.Python],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var call in facts.Calls.Where(c => c.Language == SourceLanguage.Python && c.Callee.StartsWith("requests.", StringComparison.Ordinal)
            && Verbs.Contains(c.Name) && c.Callee.Count(ch => ch == '.') == 1 && ApplicationCode.Is(c.Span.File)))
        {
            if (!facts.ImportsIn(call.Span.File).Any(i => i.Module == "requests" && i.Names.IsEmpty))
            {
                continue;
            }

            // **kwargs may carry the timeout.
            if (call.Arguments.Any(a => a.Name is null && a.Value.Raw.StartsWith("**", StringComparison.Ordinal)))
            {
                continue;
            }

            switch (call.Keyword("timeout"))
            {
                case null:
                    violations.Add(new Violation(call.Span, $"{call.Callee}() has no timeout: it waits forever for a server that stops answering"));
                    break;
                case { Kind: ValueKind.Null }:
                    violations.Add(new Violation(call.Span, $"{call.Callee}() with timeout=None waits forever for a server that stops answering"));
                    break;
                default:
                    evidence.Add(new Evidence($"{call.Callee} with timeout in {call.Span}", call.Span));
                    break;
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(3)) : RuleOutcome.Skip("no requests call");
    }
}
