using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Database;

internal static class MigrationsNeverAppliedExamples
{
    private const string DjangoMigration = "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    initial = True\n    operations = []\n";

    private const string AlembicVersion = "revision = \"a1b2c3\"\ndown_revision = None\n\n\ndef upgrade():\n    pass\n";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad("Django migrations and a Dockerfile that only starts gunicorn; the README's manual step is no deployment",
            ("shop/orders/migrations/0001_initial.py", DjangoMigration),
            ("requirements.txt", "Django==5.0.6\ngunicorn==22.0.0\n"),
            ("Dockerfile", "FROM python:3.12-slim\nCOPY . /app\nCMD [\"gunicorn\", \"shop.wsgi\", \"--bind\", \"0.0.0.0:8000\"]\n"),
            ("README.md", "# Shop\n\nAfter deploying, run `python manage.py migrate`.\n")),
        RuleExample.Bad("Alembic revisions; compose starts uvicorn and a commented-out line does not run",
            ("alembic/versions/a1b2c3_create_users.py", AlembicVersion),
            ("docker-compose.yml", "services:\n  api:\n    build: .\n    # command: sh -c \"alembic upgrade head && uvicorn app.main:app\"\n    command: uvicorn app.main:app --host 0.0.0.0\n")),
        RuleExample.Bad("CI only checks the migrations (--check applies nothing) and Kubernetes runs the app",
            ("app/migrations/0001_initial.py", DjangoMigration),
            ("requirements.txt", "Django==5.0.6\n"),
            (".github/workflows/ci.yml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python manage.py migrate --check\n"),
            ("k8s/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/web:1.4\n")),
        RuleExample.Bad("Prisma migrations; the container only runs `prisma generate` and starts node",
            ("prisma/migrations/20240101_init/migration.sql", "CREATE TABLE \"User\" (id SERIAL PRIMARY KEY);\n"),
            ("Dockerfile", "FROM node:22-slim\nCOPY . .\nRUN npx prisma generate\nCMD [\"node\", \"dist/server.js\"]\n")),
        RuleExample.Good("the entrypoint script applies Alembic migrations before the server starts",
            ("alembic/versions/a1b2c3_create_users.py", AlembicVersion),
            ("scripts/prestart.sh", "#!/bin/sh\nset -e\nalembic -c alembic.ini upgrade head\n"),
            ("Dockerfile", "FROM python:3.12-slim\nCOPY . /app\nCMD [\"sh\", \"-c\", \"scripts/prestart.sh && uvicorn app.main:app\"]\n")),
        RuleExample.Good("a Kubernetes Job runs manage.py migrate in the JSON form",
            ("app/migrations/0001_initial.py", DjangoMigration),
            ("requirements.txt", "Django==5.0.6\n"),
            ("k8s/migrate.yaml", "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: registry.example.com/web:1.4\n          command: [\"python\", \"manage.py\", \"migrate\", \"--noinput\"]\n")),
        RuleExample.Good("EF Core migrations applied at start-up by Database.Migrate()",
            ("src/Api/Migrations/20240101_Initial.cs", "namespace Api.Migrations;\n\npublic partial class Initial { }\n"),
            ("src/Api/Program.cs", "var app = builder.Build();\nusing (var scope = app.Services.CreateScope())\n{\n    scope.ServiceProvider.GetRequiredService<ShopContext>().Database.Migrate();\n}\napp.Run();\n"),
            ("src/Api/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY out/ /app\nENTRYPOINT [\"dotnet\", \"/app/Api.dll\"]\n")),
        RuleExample.Good("knex migrations applied by a Procfile release step through an npm script",
            ("migrations/20240101_users.js", "exports.up = (knex) => knex.schema.createTable(\"users\", (t) => t.increments());\n"),
            ("package.json", "{\n  \"name\": \"api\",\n  \"scripts\": {\n    \"migrate\": \"knex migrate:latest\"\n  },\n  \"dependencies\": {\n    \"knex\": \"3.1.0\"\n  }\n}\n"),
            ("Procfile", "release: npm run migrate\nweb: node server.js\n"),
            ("Dockerfile", "FROM node:22-slim\nCOPY . .\nCMD [\"node\", \"server.js\"]\n")),
        RuleExample.Good("a numbered script beside a Flask app's Alembic environment is no Django migration when Django is not used",
            ("migrations/0001_warning.py", "if __name__ == \"__main__\":\n    print(\"use the new upgrade script\")\n"),
            ("requirements.txt", "Flask==3.0.3\n"),
            ("Dockerfile", "FROM python:3.12-slim\nCOPY . /app\nCMD [\"gunicorn\", \"app:app\"]\n")),
        RuleExample.Good("no Dockerfile, compose file or manifest: how the app is deployed is not in the repository",
            ("app/migrations/0001_initial.py", DjangoMigration)),
    ];
}
