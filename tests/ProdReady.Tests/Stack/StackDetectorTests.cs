using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Stack;
using ProdReady.Engine.Files;

namespace ProdReady.Tests.Stack;

public class StackDetectorTests
{
    [Fact]
    public void Detects_a_polyglot_repository_from_manifests_and_files()
    {
        var repository = Repository.FromFiles(new Dictionary<string, string>
        {
            ["backend/requirements.txt"] = "fastapi==0.110\nSQLAlchemy>=2\nalembic\ncelery[redis]\n",
            ["backend/app/main.py"] = "from fastapi import FastAPI\n",
            ["backend/alembic.ini"] = "[alembic]\n",
            ["frontend/package.json"] = "{\n  \"dependencies\": {\n    \"react\": \"^18.2.0\"\n  },\n  \"devDependencies\": {\n    \"vite\": \"^5.2.0\"\n  }\n}\n",
            ["frontend/vite.config.ts"] = "export default {}\n",
            ["api/Api.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk.Web\">\n  <ItemGroup>\n    <PackageReference Include=\"Microsoft.EntityFrameworkCore.Sqlite\" Version=\"8.0.4\" />\n  </ItemGroup>\n</Project>\n",
            ["Dockerfile"] = "FROM python:3.12\n",
            ["docker-compose.yml"] = "services: {}\n",
            ["k8s/deploy.yaml"] = "# api\napiVersion: apps/v1\nkind: Deployment\n",
            ["infra/main.tf"] = "terraform {}\n",
            [".github/workflows/ci.yml"] = "on: push\n",
            [".gitlab-ci.yml"] = "stages: []\n",
        });

        var technologies = FactsBuilder.Build(repository).Technologies;

        Assert.Equal<TechnologyEvidence>(
        [
            new(Technology.Python, "backend/requirements.txt"),
            new(Technology.Node, "frontend/package.json"),
            new(Technology.DotNet, "api/Api.csproj"),
            new(Technology.FastApi, "backend/requirements.txt:1"),
            new(Technology.Celery, "backend/requirements.txt:4"),
            new(Technology.SqlAlchemy, "backend/requirements.txt:2"),
            new(Technology.Alembic, "backend/requirements.txt:3"),
            new(Technology.React, "frontend/package.json:3"),
            new(Technology.Vite, "frontend/package.json:6"),
            new(Technology.AspNetCore, "api/Api.csproj:1"),
            new(Technology.EfCore, "api/Api.csproj:3"),
            new(Technology.Docker, "Dockerfile"),
            new(Technology.Compose, "docker-compose.yml"),
            new(Technology.Kubernetes, "k8s/deploy.yaml:3"),
            new(Technology.Terraform, "infra/main.tf"),
            new(Technology.GitHubActions, ".github/workflows/ci.yml"),
            new(Technology.GitLabCi, ".gitlab-ci.yml"),
        ], technologies);
    }

    [Fact]
    public void Falls_back_to_imports_calls_and_file_names_when_no_manifest_declares_them()
    {
        var repository = Repository.FromFiles(new Dictionary<string, string>
        {
            ["manage.py"] = "",
            ["app/views.py"] = "",
            ["migrations/env.py"] = "",
            ["server.js"] = "",
            ["Program.cs"] = "",
            ["charts/api/Chart.yaml"] = "name: api\n",
            ["docker/api.Dockerfile"] = "FROM node\n",
        });
        var facts = new RepositoryFacts
        {
            Repository = repository,
            Imports =
            [
                new ImportFact("rest_framework.views", ["APIView"], new SourceSpan("app/views.py", 2, 1), SourceLanguage.Python),
                new ImportFact("flask_sqlalchemy", [], new SourceSpan("app/views.py", 3, 1), SourceLanguage.Python),
                new ImportFact("express", [], new SourceSpan("server.js", 1, 1), SourceLanguage.JavaScript),
                new ImportFact("react-dom", [], new SourceSpan("server.js", 2, 1), SourceLanguage.JavaScript),
            ],
            Calls =
            [
                new CallFact { Callee = "WebApplication.CreateBuilder", Arguments = [], Span = new SourceSpan("Program.cs", 1, 15), Language = SourceLanguage.CSharp },
            ],
        };

        Assert.Equal<TechnologyEvidence>(
        [
            new(Technology.Python, "app/views.py"),
            new(Technology.Django, "manage.py"),
            new(Technology.DjangoRestFramework, "app/views.py:2"),
            new(Technology.SqlAlchemy, "app/views.py:3"),
            new(Technology.Alembic, "migrations/env.py"),
            new(Technology.Express, "server.js:1"),
            new(Technology.AspNetCore, "Program.cs:1"),
            new(Technology.Docker, "docker/api.Dockerfile"),
            new(Technology.Kubernetes, "charts/api/Chart.yaml"),
        ], StackDetector.Detect(facts));
    }

    [Fact]
    public void A_repository_with_nothing_recognisable_has_no_stack()
    {
        var repository = Repository.FromFiles(new Dictionary<string, string> { ["README.md"] = "# hello\n", ["node_modules/x/package.json"] = "{}" });

        Assert.Empty(FactsBuilder.Build(repository).Technologies);
    }

    [Fact]
    public void Applications_kept_as_test_fixtures_are_not_the_repository_stack()
    {
        var repository = Repository.FromFiles(new Dictionary<string, string>
        {
            ["src/Tool/Tool.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\" />\n",
            ["tests/fixtures/shop/requirements.txt"] = "fastapi\n",
            ["tests/fixtures/shop/main.py"] = "from fastapi import FastAPI\n",
            ["tests/testdata/web/package.json"] = "{ \"dependencies\": { \"express\": \"4\" } }\n",
            ["tests/fixtures/shop/Dockerfile"] = "FROM python:3.12\n",
        });

        var technologies = FactsBuilder.Build(repository).Technologies;

        Assert.Equal<TechnologyEvidence>([new(Technology.DotNet, "src/Tool/Tool.csproj")], technologies);
    }
}
