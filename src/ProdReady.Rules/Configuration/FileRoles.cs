using System.Runtime.CompilerServices;

namespace ProdReady.Rules.Configuration;

/// <summary>What a path is for, judged from its name: tests, development-only configuration, documentation,
/// example env files. Rules use it to keep findings to code and configuration that reaches production.</summary>
internal static class FileRoles
{
    private static readonly HashSet<string> NonProductionDirectories = new(StringComparer.OrdinalIgnoreCase)
    {
        "docs", "doc", "examples", "example", "node_modules", "site-packages", "venv", ".venv", "vendor", "dist",
        "build", ".vscode", ".idea", ".devcontainer", "project_template", "app_template", "storybook", ".storybook", "stories", "seeder", "seeders",
    };

    private static readonly HashSet<string> DevelopmentStems = new(StringComparer.OrdinalIgnoreCase)
    {
        "dev", "development", "develop", "local", "settings_dev", "dev_settings", "settings_local", "local_settings",
        "settings_development", "development_settings", "test", "testing", "test_settings", "settings_test", "ci",
        "launchsettings", "setupproxy", "run_dev", "dev_server", "start_dev", "rundev",
    };

    // Every fact of a file shares the file's path string and rules ask about each of a repository's many facts:
    // keyed by that string's identity, a path is judged once per file and the answers are collected with the audit.
    private static readonly ConditionalWeakTable<string, Judgement> Judged = [];

    private static readonly string[] DevelopmentNameParts = ["dev", "development", "local", "test", "testing", "override"];

    private static readonly string[] ExampleNameParts = ["example", "sample", "template", "dist", "tpl"];

    public static bool IsTest(string path) => Engine.Files.PathRoles.IsTest(path);

    /// <summary>Tests, documentation, examples and vendored code: nothing there runs in production.</summary>
    public static bool IsNonProduction(string path) =>
        IsTest(path) || path.Split('/')[..^1].Any(NonProductionDirectories.Contains);

    /// <summary>Configuration meant for development or tests only: settings/dev.py, local.py, settings_dev.py,
    /// appsettings.Development.json, .env.development, docker-compose.override.yml, launchSettings.json.</summary>
    public static bool IsDevelopmentConfig(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        var stem = System.IO.Path.GetFileNameWithoutExtension(name);
        if (DevelopmentStems.Contains(stem))
        {
            return true;
        }

        var dotted = name.Split('.');
        if (dotted.Length > 2 && dotted[1..].Any(DevelopmentNameParts.Contains))
        {
            return true;
        }

        var words = stem.TrimStart('.').Split('_', '-');
        return words.Length > 1 && (DevelopmentNameParts.Contains(words[^1]) || (DevelopmentNameParts.Contains(words[0]) && words[^1] is "settings" or "config" or "server"));
    }

    /// <summary>Code and configuration that plausibly reaches production.</summary>
    public static bool IsProduction(string path) => Judge(path).Production;

    /// <summary>.env.example, .env.sample, .env.template, example.env, env.example, .env.local.example and the like.</summary>
    public static bool IsEnvExample(string path) => Judge(path).EnvExample;

    /// <summary>Alembic revisions and Django migrations: they run at deploy time but hold no settings.</summary>
    public static bool IsMigration(string path) =>
        path.Contains("/versions/", StringComparison.Ordinal) || path.Contains("/migrations/", StringComparison.Ordinal)
        || path.StartsWith("migrations/", StringComparison.Ordinal);

    /// <summary>Any dotenv file: .env, .env.*, *.env.</summary>
    public static bool IsEnvFile(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        return name.StartsWith(".env", StringComparison.Ordinal) || name.EndsWith(".env", StringComparison.Ordinal);
    }

    /// <summary>.env.production, .env.prod, production.env: env files the deployed app is expected to load.</summary>
    public static bool IsProductionEnvFile(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        if (IsEnvExample(path) || (!name.StartsWith(".env", StringComparison.Ordinal) && !name.EndsWith(".env", StringComparison.Ordinal)))
        {
            return false;
        }

        return name.Split('.').Any(p => p is "production" or "prod");
    }

    /// <summary>appsettings.json and appsettings.Production/Staging.json; other appsettings.X.json files are
    /// environment- or template-specific variants (appsettings.SQLite.json next to appsettings.PostgreSQL.json).</summary>
    public static bool IsDeployedAppSettings(string path)
    {
        var parts = System.IO.Path.GetFileName(path).ToLowerInvariant().Split('.');
        return parts.Length <= 2 || parts[0] != "appsettings" || parts[1] is "production" or "prod" or "staging";
    }

    public static bool IsCompose(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        return name.StartsWith("docker-compose", StringComparison.Ordinal) || name.StartsWith("compose.", StringComparison.Ordinal);
    }

    public static bool IsCi(string path) =>
        path.StartsWith(".github/", StringComparison.Ordinal) || path.StartsWith(".gitlab", StringComparison.Ordinal)
        || path.StartsWith(".circleci/", StringComparison.Ordinal) || path is "azure-pipelines.yml" or "bitbucket-pipelines.yml" or "Jenkinsfile";

    public static bool IsPython(string path) => path.EndsWith(".py", StringComparison.OrdinalIgnoreCase);

    public static bool IsJavaScript(string path) => Judge(path).JavaScript;

    public static bool IsCode(string path) =>
        IsPython(path) || IsJavaScript(path) || path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

    private static Judgement Judge(string path) =>
        Judged.GetValue(path, p => new Judgement(!IsNonProduction(p) && !IsDevelopmentConfig(p), EnvExample(p), JavaScript(p)));

    private static bool EnvExample(string path)
    {
        var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
        if (!name.StartsWith(".env", StringComparison.Ordinal) && !name.EndsWith(".env", StringComparison.Ordinal)
            && !name.StartsWith("env.", StringComparison.Ordinal))
        {
            return false;
        }

        return name.Split('.', '-', '_').Any(p => ExampleNameParts.Contains(p));
    }

    private static bool JavaScript(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() is ".js" or ".jsx" or ".ts" or ".tsx" or ".mjs" or ".cjs" or ".vue" or ".svelte";

    private sealed record Judgement(bool Production, bool EnvExample, bool JavaScript);
}
