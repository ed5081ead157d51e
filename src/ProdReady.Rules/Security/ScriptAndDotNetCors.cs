using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

/// <summary>CORS in Node (the cors package, Socket.IO servers, hand-set headers) and ASP.NET Core policies.</summary>
internal static partial class ScriptAndDotNetCors
{
    public static void Check(RepositoryFacts facts, CorsFindings found)
    {
        var corsPackage = facts.HasDependency("cors") || facts.Imported("cors");
        foreach (var call in facts.Calls.Where(c => FileRoles.IsProduction(c.Span.File)))
        {
            if (call.Language == SourceLanguage.CSharp)
            {
                DotNet(facts, call, found);
            }
            else if (call.Language is SourceLanguage.JavaScript or SourceLanguage.TypeScript)
            {
                if (call.Callee == "cors" && corsPackage)
                {
                    CorsPackage(facts, call, found);
                }
                else
                {
                    Other(call, found);
                }
            }
        }
    }

    private static void CorsPackage(RepositoryFacts facts, CallFact call, CorsFindings found)
    {
        var options = call.Positional(0);
        if (options is { Kind: ValueKind.Expression } named)
        {
            options = facts.SettingsIn(call.Span.File).FirstOrDefault(s => s.Name == named.Raw && s.Scope.Length == 0)?.Value ?? named;
        }

        if (options is null)
        {
            found.Violations.Add(new Violation(call.Span, "cors() with no options answers every origin with Access-Control-Allow-Origin: *") { Key = "cors" });
            return;
        }

        if (options.Kind != ValueKind.Dict)
        {
            return;
        }

        var origin = options.Entry("origin");
        var credentials = options.Entry("credentials") is { IsTrue: true };
        if (origin is null)
        {
            found.Violations.Add(new Violation(call.Span, "cors({...}) without an origin option answers every origin with *") { Key = "cors" });
        }
        else if (origin.IsTrue)
        {
            found.Violations.Add(PythonCors.Origins(origin.Span, "cors({ origin: true }) reflects whatever origin asks", credentials, "origin"));
        }
        else if (CorsValues.IsWildcard(origin))
        {
            found.Violations.Add(new Violation(origin.Span, "cors({ origin: \"*\" }) lets any website call the API") { Key = "origin" });
        }
        else
        {
            found.Restricted("cors() restricted to configured origins", origin.Span);
        }
    }

    private static void Other(CallFact call, CorsFindings found)
    {
        if (call.Name is "header" or "setHeader" or "set" or "append"
            && string.Equals(call.Positional(0)?.Text, "Access-Control-Allow-Origin", StringComparison.OrdinalIgnoreCase)
            && call.Positional(1) is { } value && CorsValues.IsWildcard(value))
        {
            found.Violations.Add(new Violation(value.Span, "Access-Control-Allow-Origin is set to * by hand") { Key = "header" });
            return;
        }

        var socket = call.Arguments.Select(a => a.Value).Where(v => v.Kind == ValueKind.Dict)
            .Select(v => v.Entry("cors")?.Entry("origin")).FirstOrDefault(o => o is not null);
        if (socket is not null && CorsValues.IsWildcard(socket))
        {
            found.Violations.Add(new Violation(socket.Span, $"{call.Callee} accepts cross-origin connections from any site (cors.origin \"*\")") { Key = "cors.origin" });
        }
    }

    private static void DotNet(RepositoryFacts facts, CallFact call, CorsFindings found)
    {
        // A fluent chain's calls all start where the chain does; another policy in the same file is another chain.
        bool Credentials() => facts.CallsIn(call.Span.File).Any(c => c.Name == "AllowCredentials"
            && c.Span.Line == call.Span.Line && c.Span.Column == call.Span.Column);
        switch (call.Name)
        {
            case "AllowAnyOrigin":
                var throws = Credentials() ? " (and with AllowCredentials() the policy throws at start-up)" : "";
                found.Violations.Add(new Violation(call.Span, $"AllowAnyOrigin() lets any website call the API{throws}") { Key = "AllowAnyOrigin" });
                break;
            case "SetIsOriginAllowed" when call.Positional(0) is { } predicate && AcceptsAll().IsMatch(predicate.Raw):
                found.Violations.Add(PythonCors.Origins(call.Span, "SetIsOriginAllowed(_ => true) accepts every origin", Credentials(), "SetIsOriginAllowed"));
                break;
            case "WithOrigins" when call.Arguments.Any(a => CorsValues.IsWildcard(a.Value)):
                found.Violations.Add(new Violation(call.Span, "WithOrigins(\"*\") lets any website call the API") { Key = "WithOrigins" });
                break;
            case "WithOrigins":
                found.Restricted("ASP.NET Core CORS policy WithOrigins(...)", call.Span);
                break;
        }
    }

    [GeneratedRegex("=>\\s*true\\s*$")]
    private static partial Regex AcceptsAll();
}
