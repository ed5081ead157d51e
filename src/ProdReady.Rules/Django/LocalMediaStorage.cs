using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Django;

public sealed class LocalMediaStorage : Rule
{
    private static readonly string[] StoragePackages = ["django-storages", "django-s3-storage", "django-gcloud-storage", "dj-storage", "django-minio-backend"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC013"),
        Name = "django-uploads-on-local-disk",
        Title = "Django uploads are stored on the local filesystem",
        Area = Area.Infrastructure,
        Severity = Severity.Medium,
        EffortHours = 3,
        Rationale = "With FileField/ImageField uploads and no storage backend, Django writes user files under MEDIA_ROOT on " +
            "the server's disk: they vanish when a container is replaced, are not shared between replicas (a file saved by " +
            "one is a 404 on the other), are not backed up with the database, and must be served by something other " +
            "than Django in production.",
        Fix = "Configure object storage: django-storages with `STORAGES = {\"default\": {\"BACKEND\": " +
            "\"storages.backends.s3.S3Storage\"}, ...}` (Django 4.2+) or `DEFAULT_FILE_STORAGE` on older versions, " +
            "credentials from the environment; or mount a persistent, backed-up volume at MEDIA_ROOT and say so.",
        References =
        [
            "https://docs.djangoproject.com/en/stable/ref/settings/#storages",
            "https://django-storages.readthedocs.io/",
        ],
        Examples =
        [
            RuleExample.Bad("uploads with MEDIA_ROOT under the project and no storage backend (seed 002)",
                ("sentinel/settings.py", """
                    INSTALLED_APPS = ["events"]
                    MEDIA_URL = '/media/'
                    [|MEDIA_ROOT|] = BASE_DIR / 'media'
                    """),
                ("events/models.py", """
                    from django.db import models


                    class Event(models.Model):
                        media = models.FileField(upload_to='events/%Y/%m/', blank=True)
                    """)),
            RuleExample.Bad("ImageField and a literal MEDIA_ROOT", ("shop/settings.py", """
                    INSTALLED_APPS = ["catalog"]
                    [|MEDIA_ROOT|] = "/var/www/media"
                    """),
                ("catalog/models.py", """
                    from django.db import models


                    class Product(models.Model):
                        photo = models.ImageField(upload_to="products")
                    """)),
            RuleExample.Good("STORAGES sends uploads to S3", ("shop/settings.py", """
                    INSTALLED_APPS = ["catalog"]
                    MEDIA_ROOT = BASE_DIR / "media"
                    STORAGES = {"default": {"BACKEND": "storages.backends.s3.S3Storage"}}
                    """),
                ("catalog/models.py", """
                    from django.db import models


                    class Product(models.Model):
                        photo = models.ImageField(upload_to="products")
                    """)),
            RuleExample.Good("no model stores files, so MEDIA_ROOT holds nothing", ("blog/settings.py", """
                    INSTALLED_APPS = ["posts"]
                    MEDIA_ROOT = BASE_DIR / "media"
                    """),
                ("posts/models.py", """
                    from django.db import models


                    class Post(models.Model):
                        title = models.CharField(max_length=200)
                    """)),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var mediaRoot = DjangoSettings.Named(facts, "MEDIA_ROOT").FirstOrDefault(s => s.Value.Kind != ValueKind.EnvLookup);
        var upload = facts.Calls.FirstOrDefault(c => c.Name is "FileField" or "ImageField" && c.Language == SourceLanguage.Python
            && FileRoles.IsProduction(c.Span.File) && !FileRoles.IsMigration(c.Span.File));
        if (mediaRoot is null || upload is null)
        {
            return RuleOutcome.Skip("no uploads stored under a local MEDIA_ROOT");
        }

        if (StorageBackend(facts) is { } evidence)
        {
            return RuleOutcome.Pass(evidence);
        }

        return RuleOutcome.Fail([new Violation(mediaRoot.Span,
            $"uploads ({upload.Callee} in {upload.Span}) are written under MEDIA_ROOT on local disk: no STORAGES, " +
            "DEFAULT_FILE_STORAGE or django-storages found")]);
    }

    private static Evidence? StorageBackend(RepositoryFacts facts)
    {
        var setting = DjangoSettings.Named(facts, "STORAGES").Concat(DjangoSettings.Named(facts, "DEFAULT_FILE_STORAGE")).FirstOrDefault();
        if (setting is not null)
        {
            return new Evidence($"file storage backend {setting.Name} in {setting.Span}", setting.Span);
        }

        if (facts.Dependencies.FirstOrDefault(d => StoragePackages.Contains(d.Name, StringComparer.OrdinalIgnoreCase)) is { } dependency)
        {
            return new Evidence($"{dependency.Name} in {dependency.Span}", dependency.Span);
        }

        return facts.Calls.FirstOrDefault(c => c.Name is "FileField" or "ImageField" && c.Keyword("storage") is not null) is { } call
            ? new Evidence($"{call.Callee} with a storage backend in {call.Span}", call.Span)
            : null;
    }
}
