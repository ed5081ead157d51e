using System.Collections.Immutable;
using ProdReady.Engine.Facts.Readers;

namespace ProdReady.Engine.Facts.Stack;

/// <summary>Recognises the technologies a repository uses from its declared dependencies, its imports and calls,
/// and the files it holds (by path, so a file whose content was not read still counts). Each technology's signals
/// are tried in order, strongest first (a manifest before an import before a file name), and the first place found
/// is the evidence.</summary>
public static class StackDetector
{
    private const string PyPi = "pypi";
    private const string Npm = "npm";
    private const string NuGet = "nuget";

    private static readonly (Technology Technology, Func<StackEvidence, string?> Find)[] Signals =
    [
        (Technology.Python, e => e.Path(IsPythonManifest) ?? e.Path(p => p.EndsWith(".py", StringComparison.Ordinal))),
        (Technology.Node, e => e.Path(FileKinds.IsPackageJson)),
        (Technology.DotNet, e => e.Path(p => FileKinds.IsMsBuildProject(p) || FileKinds.LowerExtensionOf(p) is ".sln" or ".slnx")),
        (Technology.FastApi, e => e.Dependency(PyPi, "fastapi") ?? e.Import("fastapi")),
        (Technology.Django, e => e.Dependency(PyPi, "django") ?? e.Import("django") ?? e.Path(p => FileKinds.NameOf(p) == "manage.py")),
        (Technology.DjangoRestFramework, e => e.Dependency(PyPi, "djangorestframework") ?? e.Import("rest_framework")),
        (Technology.Flask, e => e.Dependency(PyPi, "flask") ?? e.Import("flask")),
        (Technology.Celery, e => e.Dependency(PyPi, "celery") ?? e.Import("celery")),
        (Technology.SqlAlchemy, e => e.Dependency(PyPi, "sqlalchemy", "flask-sqlalchemy", "sqlmodel") ?? e.Import("sqlalchemy", "flask_sqlalchemy", "sqlmodel")),
        (Technology.Alembic, e => e.Dependency(PyPi, "alembic", "flask-migrate")
            ?? e.Path(p => FileKinds.NameOf(p) == "alembic.ini")
            ?? e.Path(p => FileKinds.IsUnder(p, "alembic"))
            ?? e.Path(p => p == "migrations/env.py" || p.EndsWith("/migrations/env.py", StringComparison.Ordinal))
            ?? e.Import("alembic")),
        (Technology.Express, e => e.Dependency(Npm, "express") ?? e.Import("express")),
        (Technology.React, e => e.Dependency(Npm, "react") ?? e.Import("react")),
        (Technology.Vite, e => e.Dependency(Npm, "vite") ?? e.Path(p => FileKinds.NameOf(p).StartsWith("vite.config.", StringComparison.Ordinal))),
        (Technology.AspNetCore, e => e.Text(FileKinds.IsMsBuildProject, "Microsoft.NET.Sdk.Web")
            ?? e.DependencyWhere(NuGet, n => n.StartsWith("Microsoft.AspNetCore.", StringComparison.OrdinalIgnoreCase))
            ?? e.Call("WebApplication.CreateBuilder", "WebApplication.CreateSlimBuilder", "WebHost.CreateDefaultBuilder")),
        (Technology.EfCore, e => e.DependencyWhere(NuGet, n => n.Contains("EntityFrameworkCore", StringComparison.OrdinalIgnoreCase))
            ?? e.Import("Microsoft.EntityFrameworkCore")),
        (Technology.Docker, e => e.Path(FileKinds.IsDockerfile)),
        (Technology.Compose, e => e.Path(FileKinds.IsCompose)),
        (Technology.Kubernetes, e => e.KubernetesObject()),
        (Technology.Terraform, e => e.Path(FileKinds.IsTerraform)),
        (Technology.GitHubActions, e => e.Path(FileKinds.IsGitHubWorkflow)),
        (Technology.GitLabCi, e => e.Path(FileKinds.IsGitLabCi)),
    ];

    /// <summary>One entry per technology found, in the order of <see cref="Technology"/>.</summary>
    public static ImmutableArray<TechnologyEvidence> Detect(RepositoryFacts facts)
    {
        var evidence = new StackEvidence(facts);
        return
        [
            .. Signals
                .Select(signal => (signal.Technology, Where: signal.Find(evidence)))
                .Where(found => found.Where is not null)
                .OrderBy(found => found.Technology)
                .Select(found => new TechnologyEvidence(found.Technology, found.Where!)),
        ];
    }

    private static bool IsPythonManifest(string path)
    {
        var name = FileKinds.NameOf(path);
        return name is "pyproject.toml" or "Pipfile" or "setup.py" or "setup.cfg"
            || (name.StartsWith("requirements", StringComparison.OrdinalIgnoreCase) && name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
    }
}
