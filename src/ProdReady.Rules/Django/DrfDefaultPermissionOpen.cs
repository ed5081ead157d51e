using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Django;

public sealed class DrfDefaultPermissionOpen : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU012"),
        Name = "drf-default-permission-allow-any",
        Title = "Django REST framework endpoints are public by default",
        Area = Area.Security,
        Severity = Severity.Critical,
        EffortHours = 1,
        Rationale = "DEFAULT_PERMISSION_CLASSES decides what every API view allows when it names no permission_classes. " +
            "AllowAny, which is also DRF's default when the setting is absent, makes every such endpoint readable and " +
            "writable by anonymous clients; one forgotten permission_classes line exposes a whole model.",
        Fix = "Set `REST_FRAMEWORK = {\"DEFAULT_PERMISSION_CLASSES\": [\"rest_framework.permissions.IsAuthenticated\"], ...}` " +
            "and open the few public endpoints explicitly with `permission_classes = [AllowAny]`.",
        References = ["https://www.django-rest-framework.org/api-guide/permissions/#setting-the-permission-policy"],
        Examples =
        [
            RuleExample.Bad("AllowAny as the default (seed 002)", ("sentinel/settings.py", """
                INSTALLED_APPS = ["rest_framework"]
                REST_FRAMEWORK = {
                    'DEFAULT_PERMISSION_CLASSES': [
                        [|'rest_framework.permissions.AllowAny'|],
                    ],
                }
                """)),
            RuleExample.Bad("REST_FRAMEWORK configured without a permission policy", ("api/settings.py", """
                INSTALLED_APPS = ["rest_framework"]
                [|REST_FRAMEWORK|] = {"DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination", "PAGE_SIZE": 50}
                """)),
            RuleExample.Good("authentication required by default", ("api/settings.py", """
                INSTALLED_APPS = ["rest_framework"]
                REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]}
                """)),
            RuleExample.Good("LoginRequiredMiddleware (Django 5.1) guards every view", ("api/settings.py", """
                INSTALLED_APPS = ["rest_framework"]
                MIDDLEWARE = ["django.contrib.auth.middleware.AuthenticationMiddleware", "django.contrib.auth.middleware.LoginRequiredMiddleware"]
                """)),
            RuleExample.Good("a Django project without REST framework", ("site/settings.py", """
                INSTALLED_APPS = ["django.contrib.auth"]
                """)),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var permissions = DrfPermissions.Of(facts);
        if (permissions.Default == DrfDefault.Unknown)
        {
            return RuleOutcome.Skip("no Django REST framework settings");
        }

        if (DrfPermissions.LoginRequired(facts) is { } middleware)
        {
            return RuleOutcome.Pass(new Evidence($"LoginRequiredMiddleware in {middleware.Span}", middleware.Span));
        }

        return permissions.Default switch
        {
            DrfDefault.AllowAny => RuleOutcome.Fail([new Violation(permissions.Location!.Value,
                $"DEFAULT_PERMISSION_CLASSES is AllowAny in {permissions.Setting!.File}: every API view without permission_classes is public")]),
            DrfDefault.Absent => RuleOutcome.Fail([new Violation(permissions.Location!.Value,
                $"REST framework is installed but DEFAULT_PERMISSION_CLASSES is not set in {permissions.Setting!.File}: DRF then allows anonymous access to every view without permission_classes")]),
            _ => RuleOutcome.Pass(new Evidence($"DEFAULT_PERMISSION_CLASSES {permissions.Setting!.Value.Raw} in {permissions.Setting.Span}", permissions.Setting.Span)),
        };
    }
}
