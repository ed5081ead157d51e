using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Django;

public sealed class AllowedHostsWildcard : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU010"),
        Name = "django-allowed-hosts-wildcard",
        Title = "Django accepts any Host header",
        Area = Area.Security,
        Severity = Severity.High,
        EffortHours = 0.25,
        Rationale = "ALLOWED_HOSTS is Django's defence against Host-header attacks: with '*' the app builds absolute URLs " +
            "(password-reset links, redirects, cache keys) from whatever Host the client sends, so an attacker can mail " +
            "a victim a reset link pointing at their own server or poison a shared cache.",
        Fix = "List the real domains, read from the environment: `ALLOWED_HOSTS = os.environ[\"ALLOWED_HOSTS\"].split(\",\")` " +
            "(or `env.list(\"ALLOWED_HOSTS\")` with django-environ); keep '*' for local settings only.",
        References = ["https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts"],
        Examples =
        [
            RuleExample.Bad("startproject settings opened to every host (seed 002)", ("sentinel/settings.py", """
                DEBUG = False
                [|ALLOWED_HOSTS|] = ['*']
                """)),
            RuleExample.Bad("the production module of a split settings package", ("config/settings/production.py", """
                from .base import *

                [|ALLOWED_HOSTS|] = ["api.example.com", "*"]
                """)),
            RuleExample.Good("the hosts come from the environment", ("config/settings.py", """
                import os

                ALLOWED_HOSTS = os.environ["ALLOWED_HOSTS"].split(",")
                """)),
            RuleExample.Good("'*' only in development settings; production lists the domain", ("config/settings/local.py", """
                ALLOWED_HOSTS = ["*"]
                """), ("config/settings/production.py", """
                ALLOWED_HOSTS = ["shop.example.com"]
                """)),
            RuleExample.Good("test settings and a smoke-test script's configuration are not deployed", ("tests/settings.py", """
                ALLOWED_HOSTS = ["*"]
                """), ("scripts/smoketest_configuration.py", """
                ALLOWED_HOSTS = ["*"]
                """)),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var settings = DjangoSettings.Named(facts, "ALLOWED_HOSTS").ToList();
        if (settings.Count == 0)
        {
            return RuleOutcome.Skip("no ALLOWED_HOSTS in production Django settings");
        }

        var violations = settings
            .Where(s => s.Value.Kind == ValueKind.List && s.Value.Items.Any(i => i is { Kind: ValueKind.String, Text: "*" })
                && !SettingOverrides.OverriddenInProduction(facts, s))
            .Select(s => new Violation(s.Span, $"ALLOWED_HOSTS contains '*' in {s.File}: any Host header is accepted"))
            .ToArray();
        return violations.Length > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"ALLOWED_HOSTS restricted in {settings[0].Span}", settings[0].Span));
    }
}
