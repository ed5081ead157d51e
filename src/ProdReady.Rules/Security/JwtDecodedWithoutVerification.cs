using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Security;

public sealed partial class JwtDecodedWithoutVerification : Rule
{
    private static readonly string[] ScriptModules = ["jsonwebtoken"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU063"),
        Name = "jwt-decoded-without-verification",
        Title = "JWT decoded without verifying its signature",
        Area = Area.Security,
        Severity = Severity.Critical,
        EffortHours = 0.5,
        Rationale = "A JWT's payload is only base64: anyone can write one saying {\"sub\": \"admin\"}. Only the signature " +
            "check makes the claims trustworthy, so a token decoded without it (PyJWT or python-jose with " +
            "verify_signature False, jsonwebtoken's decode(), the none algorithm) lets any client pick the user it " +
            "acts as. Turning off the expiry check instead keeps stolen tokens valid forever, and a verify() with no " +
            "algorithms list lets the token name its algorithm (before jsonwebtoken 9, an HS256 token signed with the " +
            "public RSA key passes).",
        Fix = "PyJWT: jwt.decode(token, key, algorithms=[\"HS256\"]) with the default options; python-jose: the same with " +
            "the key; jsonwebtoken: jwt.verify(token, secret, { algorithms: [\"HS256\"] }) instead of jwt.decode, without " +
            "ignoreExpiration. Read unverified headers only to pick the key (kid), never to authorise.",
        References =
        [
            "https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode",
            "https://github.com/auth0/node-jsonwebtoken#jwtdecodetoken--options",
            "https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html",
            "https://cwe.mitre.org/data/definitions/347.html",
        ],
        AppliesTo = [Technology.Python, Technology.Node],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var call in facts.Calls.Where(c => c.Name is "decode" or "verify" && ApplicationCode.Is(c.Span.File)))
        {
            if (call.Language == SourceLanguage.Python && call.Callee == "jwt.decode" && ImportsPythonJwt(facts, call.Span.File))
            {
                JudgePython(facts, call, violations, evidence);
            }
            else if (call.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript && call.Callee is "jwt.decode" or "jwt.verify" or "jsonwebtoken.decode" or "jsonwebtoken.verify"
                && facts.ImportsIn(call.Span.File).Any(i => ScriptModules.Contains(i.Module)))
            {
                JudgeScript(context, call, violations, evidence);
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(3)) : RuleOutcome.Skip("no PyJWT, python-jose or jsonwebtoken decode or verify call");
    }

    private static bool ImportsPythonJwt(RepositoryFacts facts, string file) =>
        facts.ImportsIn(file).Any(i => (i.Module == "jwt" && i.Names.IsEmpty) || (i.Module == "jose" && i.Names.Contains("jwt")));

    private static void JudgePython(RepositoryFacts facts, CallFact call, List<Violation> violations, List<Evidence> evidence)
    {
        var options = call.Keyword("options");
        if (options?.Entry("verify_signature") is { Kind: ValueKind.Bool } signature && !signature.IsTrue)
        {
            if (VerifiedNearby(facts, call))
            {
                return;
            }

            violations.Add(new Violation(call.Span, "jwt.decode() with options verify_signature False: the token's claims are believed without checking its signature"));
            return;
        }

        if (call.Keyword("verify") is { Kind: ValueKind.Bool } verify && !verify.IsTrue)
        {
            violations.Add(new Violation(call.Span, "jwt.decode() with verify=False (PyJWT 1.x): the token's claims are believed without checking its signature"));
            return;
        }

        if (options?.Entry("verify_exp") is { Kind: ValueKind.Bool } expiry && !expiry.IsTrue)
        {
            violations.Add(new Violation(call.Span, "jwt.decode() with options verify_exp False: expired tokens are accepted forever") { Severity = Severity.Medium });
            return;
        }

        if (call.Keyword("algorithms") is not null && options is null)
        {
            evidence.Add(new Evidence($"JWT verified: jwt.decode with algorithms in {call.Span}", call.Span));
        }
    }

    /// <summary>The claims read unverified only to choose the key (issuer, kid) for a verified decode in the same
    /// function.</summary>
    private static bool VerifiedNearby(RepositoryFacts facts, CallFact call) =>
        call.EnclosingFunction is { } function && facts.CallsIn(call.Span.File).Any(c => c != call && c.Callee == "jwt.decode"
            && c.EnclosingFunction == function && c.Keyword("algorithms") is not null && c.Keyword("options")?.Entry("verify_signature") is null);

    /// <summary>jsonwebtoken before 9, given a public key and no list, accepts an HMAC token signed with that public key;
    /// 9 and later limit the default list by key type, and an HMAC secret only ever allows the HS family.</summary>
    private static Violation NoAlgorithms(AuditContext context, CallFact call)
    {
        var declared = context.Facts.Dependencies.FirstOrDefault(d => d.Name == "jsonwebtoken")?.Version;
        var major = declared is null ? null : MajorVersion().Match(declared) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var publicKey = call.Positional(1)?.Raw is { } key && PublicKeyName().IsMatch(key);
        return major is < 9 && publicKey
            ? new Violation(call.Span, $"jwt.verify() with no algorithms list on jsonwebtoken {declared}: a token may choose its algorithm (HS256 signed with a public RSA key passes)") { Severity = Severity.High }
            : new Violation(call.Span, "jwt.verify() with no algorithms list: the accepted algorithms are left to the key type and the library's defaults") { Severity = Severity.Low };
    }

    private static void JudgeScript(AuditContext context, CallFact call, List<Violation> violations, List<Evidence> evidence)
    {
        if (call.Name == "verify")
        {
            var options = call.Positional(2);
            if (options?.Entry("algorithms") is { Kind: ValueKind.List } algorithms
                && algorithms.Items.Any(a => string.Equals(a.Text, "none", StringComparison.OrdinalIgnoreCase)))
            {
                violations.Add(new Violation(call.Span, "jwt.verify() accepts the \"none\" algorithm: unsigned tokens pass"));
            }
            else if (options?.Entry("ignoreExpiration") is { } ignore && ignore.IsTrue)
            {
                violations.Add(new Violation(call.Span, "jwt.verify() with ignoreExpiration: true: expired tokens are accepted forever") { Severity = Severity.Medium });
            }
            else if (options is null || (options.Kind == ValueKind.Dict && options.Entry("algorithms") is null))
            {
                violations.Add(NoAlgorithms(context, call));
            }
            else
            {
                evidence.Add(new Evidence($"JWT verified: {call.Callee} in {call.Span}", call.Span));
            }

            return;
        }

        // decode() is harmless for reading a token the code just verified or issued; it is the problem when a file that
        // reads the Authorization header or a cookie never verifies.
        var file = call.Span.File;
        if (context.Facts.CallsIn(file).Any(c => c.Name == "verify"))
        {
            return;
        }

        var text = context.Repository.File(file)?.Text ?? string.Empty;
        if (text.Contains("authorization", StringComparison.OrdinalIgnoreCase) || text.Contains("req.cookies", StringComparison.Ordinal)
            || text.Contains("req.headers", StringComparison.Ordinal))
        {
            violations.Add(new Violation(call.Span, $"{call.Callee}() reads a request's token without verifying it, and nothing in {file} calls verify()"));
        }
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex MajorVersion();

    [GeneratedRegex("public|pem|cert|rsa|jwks", RegexOptions.IgnoreCase)]
    private static partial Regex PublicKeyName();
}
