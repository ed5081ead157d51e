using ProdReady.Engine.Secrets;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

/// <summary>Severity by location: committed .env or production config critical, code and docs high, tests low,
/// templates medium (only a real-format provider token is reported there at all). A low-confidence match (a test-mode
/// key, an encrypted private key, a weak literal) drops one step.</summary>
internal static class SecretLocations
{
    private static readonly string[] TemplateParts = ["example", "sample", "template", "tpl", "dist"];

    public static SecretLocation Classify(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        var parts = name.Split('.');
        if (FileRoles.IsEnvExample(path) || parts.Skip(1).Any(TemplateParts.Contains))
        {
            return SecretLocation.Template;
        }

        if (FileRoles.IsTest(path))
        {
            return SecretLocation.Test;
        }

        if (name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".rst", StringComparison.Ordinal)
            || name.EndsWith(".txt", StringComparison.Ordinal) || path.Split('/')[..^1].Any(s => s is "docs" or "doc"))
        {
            return SecretLocation.Documentation;
        }

        if (FileRoles.IsEnvFile(path) && !FileRoles.IsDevelopmentConfig(path) || IsProductionConfig(path))
        {
            return SecretLocation.Deployed;
        }

        return SecretLocation.Source;
    }

    public static Severity SeverityOf(string path, SecretConfidence confidence)
    {
        var severity = Classify(path) switch
        {
            SecretLocation.Deployed => Severity.Critical,
            SecretLocation.Test => Severity.Low,
            SecretLocation.Template => Severity.Medium,
            _ => Severity.High,
        };
        return confidence == SecretConfidence.Low && severity > Severity.Low ? severity - 1 : severity;
    }

    public static string Describe(string path) => Classify(path) switch
    {
        SecretLocation.Deployed => "a deployed configuration file",
        SecretLocation.Documentation => "documentation",
        SecretLocation.Test => "test code",
        SecretLocation.Template => "a template",
        _ => "source code",
    };

    private static bool IsProductionConfig(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        return name.Split('.', '_', '-').Any(p => p is "prod" or "production")
            || path.EndsWith("settings/production.py", StringComparison.OrdinalIgnoreCase)
            || name == "appsettings.production.json";
    }
}
