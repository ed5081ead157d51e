using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

public sealed class JwtWithoutExpiry : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU004"),
        Name = "jwt-without-expiry",
        Title = "JWTs are issued without an expiry",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "A token without an exp claim is valid forever: one leaked through a log, a browser extension or a " +
            "shared device keeps working after logout and after a password change, and nothing short of rotating the " +
            "signing key revokes it.",
        Fix = "Put an expiry in every token: PyJWT/python-jose `payload[\"exp\"] = datetime.now(timezone.utc) + " +
            "timedelta(minutes=15)`, jsonwebtoken `jwt.sign(payload, secret, { expiresIn: \"15m\" })`, jose " +
            "`.setExpirationTime(\"15m\")`, SimpleJWT `ACCESS_TOKEN_LIFETIME`; pair short-lived access tokens with " +
            "refresh tokens that can be revoked.",
        References =
        [
            "https://datatracker.ietf.org/doc/html/rfc7519#section-4.1.4",
            "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html",
            "https://github.com/auth0/node-jsonwebtoken#usage",
        ],
        Examples = JwtExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        var seenJwt = false;
        foreach (var call in facts.Calls.Where(c => FileRoles.IsProduction(c.Span.File)))
        {
            if (call.Language == SourceLanguage.Python && call.Is("jwt.encode"))
            {
                seenJwt = true;
                JudgePython(facts, call, violations, evidence);
            }
            else if (call.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript && call.Is("jwt.sign"))
            {
                seenJwt = true;
                JudgeNode(call, violations, evidence);
            }
            else if (call.Name == "setExpirationTime")
            {
                seenJwt = true;
                evidence.Add(new Evidence($"JWT expiry: {call.Callee} in {call.Span}", call.Span));
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        if (SimpleJwt(facts) is { } simple)
        {
            evidence.Add(simple);
        }

        if (evidence.Count > 0)
        {
            return RuleOutcome.Pass(evidence.Take(3));
        }

        return RuleOutcome.Skip(seenJwt ? "tokens are built from payloads defined elsewhere; expiry could not be checked" : "no JWT issuing found");
    }

    private static void JudgePython(RepositoryFacts facts, CallFact call, List<Violation> violations, List<Evidence> evidence)
    {
        var payload = call.Positional(0) ?? call.Keyword("payload") ?? call.Keyword("claims");
        if (payload is { Kind: ValueKind.Dict })
        {
            if (payload.Entry("exp") is null)
            {
                violations.Add(new Violation(call.Span, $"{call.Callee} is given a payload ({Keys(payload)}) with no exp claim"));
            }
            else
            {
                evidence.Add(new Evidence($"JWT expiry: exp set in {call.Span}", call.Span));
            }

            return;
        }

        if (facts.FunctionAt(call.Span) is { } function && SetsExpiry(facts, function))
        {
            evidence.Add(new Evidence($"JWT expiry: exp set in {function.Name} ({function.Span})", call.Span));
        }
    }

    private static void JudgeNode(CallFact call, List<Violation> violations, List<Evidence> evidence)
    {
        var payload = call.Positional(0);
        var options = call.Positional(2);
        if (options is { Kind: ValueKind.Dict } && options.Entry("expiresIn") is not null
            || payload is { Kind: ValueKind.Dict } && payload.Entry("exp") is not null)
        {
            evidence.Add(new Evidence($"JWT expiry: expiresIn set in {call.Span}", call.Span));
            return;
        }

        if (payload is { Kind: ValueKind.Dict } && (options is null || options.Kind == ValueKind.Dict))
        {
            violations.Add(new Violation(call.Span, $"{call.Callee} has no expiresIn option and its payload ({Keys(payload)}) no exp claim"));
        }
    }

    /// <summary>An "exp" key, or a timedelta computed, inside the function that encodes the token.</summary>
    private static bool SetsExpiry(RepositoryFacts facts, FunctionFact function) =>
        facts.StringsIn(function.Span.File).Any(s => s.Value == "exp" && function.Contains(s.Span))
        || facts.CallsIn(function.Span.File).Any(c => function.Contains(c.Span) && (c.Name == "timedelta" || c.Arguments.Any(a => a.Value.Kind == ValueKind.Dict && a.Value.Entry("exp") is not null)));

    private static Evidence? SimpleJwt(RepositoryFacts facts)
    {
        var lifetime = facts.Settings.FirstOrDefault(s => s.Name == "ACCESS_TOKEN_LIFETIME" && s.Scope.StartsWith("SIMPLE_JWT", StringComparison.Ordinal));
        if (lifetime is not null)
        {
            return new Evidence($"JWT expiry: SimpleJWT ACCESS_TOKEN_LIFETIME in {lifetime.Span}", lifetime.Span);
        }

        var dependency = facts.Dependencies.FirstOrDefault(d => d.Name == "djangorestframework-simplejwt");
        return dependency is null ? null : new Evidence($"JWT expiry: SimpleJWT issues access tokens with a 5-minute default lifetime ({dependency.Span})", dependency.Span);
    }

    private static string Keys(FactValue payload) =>
        payload.Entries.IsEmpty ? "empty" : string.Join(", ", payload.Entries.Select(e => e.Key));
}
