using System.Collections.Immutable;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Django;

public sealed class HttpsSettingsMissing : Rule
{
    private static readonly ImmutableArray<string> Required =
        ["SECURE_SSL_REDIRECT", "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU011"),
        Name = "django-https-settings-missing",
        Title = "Django production settings do not enforce HTTPS",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "Django's defaults suit local HTTP: without SECURE_SSL_REDIRECT plain-HTTP requests are served, and " +
            "without SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE the session and CSRF cookies travel over any plain " +
            "HTTP request where anyone on the network can read them; without SECURE_HSTS_SECONDS browsers never learn " +
            "to refuse the downgrade. `manage.py check --deploy` reports each of these.",
        Fix = "In the production settings set `SECURE_SSL_REDIRECT = True`, `SESSION_COOKIE_SECURE = True`, " +
            "`CSRF_COOKIE_SECURE = True` and `SECURE_HSTS_SECONDS = 31536000` (start lower while testing), or read them " +
            "from the environment; behind a TLS-terminating proxy also set `SECURE_PROXY_SSL_HEADER`.",
        References =
        [
            "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#https",
            "https://docs.djangoproject.com/en/stable/ref/middleware/#http-strict-transport-security",
        ],
        Examples =
        [
            RuleExample.Bad("startproject settings with none of the HTTPS settings (seed 002)", ("sentinel/settings.py", """
                SECRET_KEY = os.environ["SECRET_KEY"]
                [|DEBUG|] = False
                ALLOWED_HOSTS = ["sentinel.example.com"]
                INSTALLED_APPS = ["django.contrib.auth"]
                """)),
            RuleExample.Bad("the production module of a split package sets two of four and turns one off", ("config/settings/production.py", """
                from .base import *

                [|DEBUG|] = False
                ALLOWED_HOSTS = ["shop.example.com"]
                SESSION_COOKIE_SECURE = True
                CSRF_COOKIE_SECURE = True
                SECURE_SSL_REDIRECT = False
                """), ("config/settings/base.py", """
                INSTALLED_APPS = ["django.contrib.auth"]
                """)),
            RuleExample.Good("all four set; HSTS read from the environment", ("config/settings.py", """
                INSTALLED_APPS = ["django.contrib.auth"]
                SECURE_SSL_REDIRECT = True
                SESSION_COOKIE_SECURE = True
                CSRF_COOKIE_SECURE = True
                SECURE_HSTS_SECONDS = int(os.environ.get("HSTS_SECONDS", "31536000"))
                """)),
            RuleExample.Good("split package: base.py is not judged when production.py sets them", ("config/settings/base.py", """
                INSTALLED_APPS = ["django.contrib.auth"]
                ALLOWED_HOSTS = []
                """), ("config/settings/production.py", """
                from .base import *

                ALLOWED_HOSTS = ["shop.example.com"]
                SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
                SESSION_COOKIE_SECURE = True
                CSRF_COOKIE_SECURE = True
                SECURE_HSTS_SECONDS = 518400
                """)),
            RuleExample.Good("settings read from a configuration module", ("netbox/settings.py", """
                INSTALLED_APPS = ["django.contrib.auth"]
                SECURE_SSL_REDIRECT = getattr(configuration, "SECURE_SSL_REDIRECT", False)
                SESSION_COOKIE_SECURE = getattr(configuration, "SESSION_COOKIE_SECURE", False)
                CSRF_COOKIE_SECURE = getattr(configuration, "CSRF_COOKIE_SECURE", False)
                SECURE_HSTS_SECONDS = getattr(configuration, "SECURE_HSTS_SECONDS", 0)
                """)),
            RuleExample.Good("a token API without session or CSRF middleware: redirect and HSTS are all that apply", ("api/settings.py", """
                INSTALLED_APPS = ["django.contrib.contenttypes"]
                MIDDLEWARE = ["django.middleware.security.SecurityMiddleware", "django.middleware.common.CommonMiddleware"]
                SECURE_SSL_REDIRECT = not DEBUG
                SECURE_HSTS_SECONDS = 31536000
                """)),
            RuleExample.Good("a framework's new-project scaffolding is not a deployment", ("wagtail/project_template/project_name/settings/base.py", """
                INSTALLED_APPS = ["django.contrib.auth"]
                """)),
            RuleExample.Good("test settings are not deployed", ("tests/settings.py", """
                INSTALLED_APPS = ["django.contrib.auth"]
                """)),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var modules = DjangoSettings.DeployedModules(facts);
        if (modules.Length == 0)
        {
            return RuleOutcome.Skip("no production Django settings module");
        }

        var violations = new List<Violation>();
        foreach (var module in modules)
        {
            var middleware = DjangoSettings.Module(facts, module, "MIDDLEWARE") ?? DjangoSettings.Named(facts, "MIDDLEWARE").FirstOrDefault();
            var problems = Required.Where(name => Relevant(middleware, name))
                .Select(name => (Name: name, Problem: Problem(facts, module, name))).Where(p => p.Problem is not null).ToList();
            if (problems.Count == 0)
            {
                continue;
            }

            var moduleSettings = facts.SettingsIn(module).Where(s => s.Origin == SettingOrigin.PythonModule).ToList();
            var at = moduleSettings.FirstOrDefault(s => s.Name == "MIDDLEWARE") ?? moduleSettings.FirstOrDefault(s => s.Name == "DEBUG")
                ?? moduleSettings.MinBy(s => (s.Span.Line, s.Span.Column))!;
            violations.Add(new Violation(at.Span, $"{module} does not enforce HTTPS: {string.Join(", ", problems.Select(p => p.Problem))}")
            {
                // HSTS alone is often sent by the proxy in front; the cookies and the redirect are the app's own job.
                Severity = problems.All(p => p.Name == "SECURE_HSTS_SECONDS") ? Severity.Medium : Severity.High,
            });
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"HTTPS settings ({string.Join(", ", Required)}) in {modules[0]}", null));
    }

    /// <summary>The cookie settings matter only when the middleware that sets the cookie is installed; an
    /// unresolved MIDDLEWARE counts as installed.</summary>
    private static bool Relevant(SettingFact? middleware, string name)
    {
        if (middleware?.Value is not { Kind: ValueKind.List } list || name is "SECURE_SSL_REDIRECT" or "SECURE_HSTS_SECONDS")
        {
            return true;
        }

        var needed = name == "SESSION_COOKIE_SECURE" ? "SessionMiddleware" : "CsrfViewMiddleware";
        return list.Items.Any(i => i.Text is not { } text || text.EndsWith(needed, StringComparison.Ordinal));
    }

    /// <summary>Set in the module itself, or in any production settings module (a base module the production one
    /// imports, or a shared one); literal False or 0 where it is set counts as off.</summary>
    private static string? Problem(RepositoryFacts facts, string module, string name)
    {
        var own = DjangoSettings.Module(facts, module, name);
        var setting = own ?? DjangoSettings.Named(facts, name).FirstOrDefault();
        if (setting is null)
        {
            return $"{name} missing";
        }

        return setting.Value is { Kind: ValueKind.Bool, IsTrue: false } or { Kind: ValueKind.Number, Text: "0" }
            ? $"{name} = {setting.Value.Raw}"
            : null;
    }
}
