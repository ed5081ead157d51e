using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Security;

/// <summary>CORS in Python: Starlette/FastAPI CORSMiddleware, Flask-CORS, django-cors-headers and Socket.IO servers.</summary>
internal static class PythonCors
{
    public static void Check(RepositoryFacts facts, CorsFindings found)
    {
        foreach (var call in facts.Calls.Where(c => c.Language == SourceLanguage.Python && FileRoles.IsProduction(c.Span.File)))
        {
            if (call.Is("CORSMiddleware") || call.Positional(0)?.Raw is "CORSMiddleware" || call.Positional(0)?.Raw.EndsWith(".CORSMiddleware", StringComparison.Ordinal) == true)
            {
                Middleware(facts, call, found);
            }
            else if ((call.Callee is "CORS" or "flask_cors.CORS") && facts.Imported("flask_cors"))
            {
                FlaskCors(facts, call, found);
            }
            else if (call.Keyword("cors_allowed_origins") is { } socket && CorsValues.Wildcard(facts, socket, call.Span.File) is not null)
            {
                found.Violations.Add(new Violation(socket.Span, $"{call.Callee}(cors_allowed_origins=\"*\") accepts WebSocket connections from any site") { Key = "cors_allowed_origins" });
            }
        }

        foreach (var decorator in facts.Functions.Where(f => f.Language == SourceLanguage.Python && FileRoles.IsProduction(f.Span.File))
            .SelectMany(f => f.Decorators).Where(d => d.Name == "cross_origin"))
        {
            var origins = decorator.Keyword("origins") ?? decorator.Positional(0);
            if (origins is null || CorsValues.Wildcard(facts, origins, decorator.Span.File) is not null)
            {
                found.Violations.Add(new Violation(origins?.Span ?? decorator.Span, "@cross_origin() allows every origin on this route") { Key = "cross_origin" });
            }
        }

        DjangoCors(facts, found);
    }

    private static void Middleware(RepositoryFacts facts, CallFact call, CorsFindings found)
    {
        var credentials = call.Keyword("allow_credentials") is { IsTrue: true };
        var origins = call.Keyword("allow_origins");
        if (CorsValues.Wildcard(facts, origins, call.Span.File) is not null)
        {
            found.Violations.Add(Origins(origins!.Span, "allow_origins=[\"*\"] lets any website call the API", credentials, "allow_origins"));
        }
        else if (origins is not null)
        {
            found.Restricted("CORSMiddleware allows listed origins only", origins.Span);
        }

        if (call.Keyword("allow_origin_regex") is { Kind: ValueKind.String, Text: { } pattern } regex && CorsValues.MatchesAnyOrigin(pattern))
        {
            found.Violations.Add(Origins(regex.Span, $"allow_origin_regex=\"{pattern}\" matches any origin", credentials, "allow_origin_regex"));
        }

        foreach (var keyword in new[] { "allow_methods", "allow_headers" })
        {
            if (call.Keyword(keyword) is { } value && CorsValues.IsWildcard(value))
            {
                found.Violations.Add(new Violation(value.Span, $"{keyword}=[\"*\"] allows every {(keyword == "allow_methods" ? "HTTP method" : "request header")} cross-origin; list the ones the front end uses")
                {
                    Severity = Severity.Medium,
                    Key = keyword,
                });
            }
        }
    }

    private static void FlaskCors(RepositoryFacts facts, CallFact call, CorsFindings found)
    {
        if (call.Arguments.IsEmpty && InitApp(facts, call) is { } init)
        {
            // The extension pattern: cors = CORS() at import time, cors.init_app(app, ...) in the factory.
            call = init;
        }

        var credentials = call.Keyword("supports_credentials") is { IsTrue: true }
            || facts.SettingsNamed("CORS_SUPPORTS_CREDENTIALS").Any(s => s.Value.IsTrue && FileRoles.IsProduction(s.File));
        if (call.Keyword("origins") is { } origins)
        {
            if (CorsValues.Wildcard(facts, origins, call.Span.File) is not null)
            {
                found.Violations.Add(Origins(origins.Span, "Flask-CORS origins=\"*\" lets any website call the API", credentials, "origins"));
            }
            else
            {
                found.Restricted("Flask-CORS allows listed origins only", origins.Span);
            }

            return;
        }

        if (call.Keyword("resources") is { Kind: ValueKind.Dict } resources)
        {
            foreach (var resource in resources.Entries)
            {
                var resourceOrigins = resource.Value.Entry("origins");
                if (resourceOrigins is null || CorsValues.IsWildcard(resourceOrigins))
                {
                    found.Violations.Add(Origins((resourceOrigins ?? resource.Value).Span, $"Flask-CORS resource {resource.Key} allows every origin", credentials, resource.Key));
                }
            }

            return;
        }

        var configured = facts.Settings.FirstOrDefault(s => s.Name is "CORS_ORIGINS" or "CORS_RESOURCES" && FileRoles.IsProduction(s.File));
        if (configured is null)
        {
            found.Violations.Add(Origins(call.Span, $"{call.Callee}(app) without origins allows every origin", credentials, "CORS"));
        }
        else if (!CorsValues.IsWildcard(configured.Value))
        {
            found.Restricted($"Flask-CORS origins from {configured.Name}", configured.Span);
        }
        else
        {
            found.Violations.Add(Origins(configured.Span, $"{configured.Name} = \"*\" lets any website call the API", credentials, configured.Name));
        }
    }

    /// <summary>The <c>name.init_app(app, ...)</c> call for an extension object made by <c>name = CORS()</c>.</summary>
    private static CallFact? InitApp(RepositoryFacts facts, CallFact call)
    {
        var bound = facts.SettingsIn(call.Span.File).FirstOrDefault(s => s.Value.Span == call.Span || s.Value.Raw == "CORS()" && s.Span.Line == call.Span.Line);
        return bound is null ? null : facts.CallsTo(bound.Name + ".init_app").FirstOrDefault(c => FileRoles.IsProduction(c.Span.File));
    }

    private static void DjangoCors(RepositoryFacts facts, CorsFindings found)
    {
        var settings = facts.Settings.Where(s => s.Origin == SettingOrigin.PythonModule && FileRoles.IsProduction(s.File)
            && !SettingOverrides.OverriddenInProduction(facts, s)).ToList();
        foreach (var setting in settings.Where(s => s.Name is "CORS_ALLOW_ALL_ORIGINS" or "CORS_ORIGIN_ALLOW_ALL"))
        {
            if (SettingValues.IsTruthy(SettingValues.Effective(setting.Value).Literal))
            {
                var credentials = settings.Any(s => s.File == setting.File && s.Name == "CORS_ALLOW_CREDENTIALS" && s.Value.IsTrue);
                found.Violations.Add(Origins(setting.Span, $"{setting.Name} = True lets any website call the API", credentials, setting.Name));
            }
        }

        foreach (var setting in settings.Where(s => s.Name == "CORS_ALLOWED_ORIGIN_REGEXES"))
        {
            var loose = SettingValues.Strings(setting.Value).FirstOrDefault(s => CorsValues.MatchesAnyOrigin(s.Value.Text ?? "$^"));
            if (loose.Value is not null)
            {
                found.Violations.Add(new Violation(setting.Span, $"CORS_ALLOWED_ORIGIN_REGEXES contains \"{loose.Value.Text}\", which matches any origin") { Key = setting.Name });
            }
        }

        foreach (var setting in settings.Where(s => s.Name is "CORS_ALLOWED_ORIGINS" or "CORS_ORIGIN_WHITELIST" && !CorsValues.IsWildcard(s.Value)))
        {
            found.Restricted($"django-cors-headers {setting.Name}", setting.Span);
        }
    }

    /// <summary>A wildcard origin; with credentials the middleware echoes the caller's origin, so any site can act as the user.</summary>
    public static Violation Origins(SourceSpan span, string message, bool credentials, string key) =>
        credentials
            ? new Violation(span, message + ", with credentials: any site can make authenticated requests as the signed-in user") { Severity = Severity.Critical, Key = key }
            : new Violation(span, message) { Key = key };
}
