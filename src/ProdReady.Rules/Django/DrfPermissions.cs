using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Django;

/// <summary>What Django REST framework lets through when a view names no permission classes.</summary>
internal sealed record DrfPermissions(DrfDefault Default, SettingFact? Setting, SourceSpan? Location)
{
    private const string LoginRequiredMiddleware = "django.contrib.auth.middleware.LoginRequiredMiddleware";

    public bool IsOpen => Default is DrfDefault.AllowAny or DrfDefault.Absent;

    public static DrfPermissions Of(RepositoryFacts facts)
    {
        var configured = DjangoSettings.Entries(facts, "REST_FRAMEWORK", "DEFAULT_PERMISSION_CLASSES").ToList();
        if (configured.Count > 0)
        {
            var open = configured.FirstOrDefault(s => s.Value.Kind == ValueKind.List && s.Value.Items.Length > 0
                && s.Value.Items.All(i => i.Text is { } t && t.EndsWith("AllowAny", StringComparison.Ordinal)));
            return open is null || configured.Count > 1
                ? new DrfPermissions(DrfDefault.RequiresAuthentication, configured[0], configured[0].Span)
                : new DrfPermissions(DrfDefault.AllowAny, open, open.Value.Items[0].Span);
        }

        var restFramework = DjangoSettings.Named(facts, "REST_FRAMEWORK").FirstOrDefault();
        if (restFramework is not null)
        {
            return restFramework.Value.Kind == ValueKind.Dict
                ? new DrfPermissions(DrfDefault.Absent, restFramework, restFramework.Span)
                : new DrfPermissions(DrfDefault.Unknown, restFramework, restFramework.Span);
        }

        var installed = DjangoSettings.Named(facts, "INSTALLED_APPS").FirstOrDefault(s => s.Value.Items.Any(i => i.Text == "rest_framework"));
        return installed is not null
            ? new DrfPermissions(DrfDefault.Absent, installed, installed.Value.Items.First(i => i.Text == "rest_framework").Span)
            : new DrfPermissions(DrfDefault.Unknown, null, null);
    }

    /// <summary>Django 5.1's LoginRequiredMiddleware makes every view login-required unless marked otherwise.</summary>
    public static SettingFact? LoginRequired(RepositoryFacts facts) =>
        DjangoSettings.Named(facts, "MIDDLEWARE").FirstOrDefault(s => s.Value.Items.Any(i => i.Text == LoginRequiredMiddleware));
}
