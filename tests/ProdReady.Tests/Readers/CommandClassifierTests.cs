using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;

namespace ProdReady.Tests.Readers;

public class CommandClassifierTests
{
    [Theory]
    [InlineData("uvicorn app.main:app --host 0.0.0.0 --reload", EntryPointKind.DevelopmentServer, "uvicorn")]
    [InlineData("uvicorn app.main:app --workers 4", EntryPointKind.ProductionServer, "uvicorn")]
    [InlineData("uvicorn app.main:app --workers=$WORKERS", EntryPointKind.ProductionServer, "uvicorn")]
    [InlineData("uvicorn app:app", EntryPointKind.Other, "uvicorn")]
    [InlineData("python -m uvicorn app:app --reload", EntryPointKind.DevelopmentServer, "uvicorn")]
    [InlineData("poetry run uvicorn app:app --reload-dir src", EntryPointKind.DevelopmentServer, "uvicorn")]
    [InlineData("gunicorn -k uvicorn.workers.UvicornWorker app:app", EntryPointKind.ProductionServer, "gunicorn")]
    [InlineData("/usr/local/bin/gunicorn config.wsgi", EntryPointKind.ProductionServer, "gunicorn")]
    [InlineData("python manage.py migrate && gunicorn config.wsgi -b 0.0.0.0:8000", EntryPointKind.ProductionServer, "gunicorn")]
    [InlineData("exec env PORT=8000 gunicorn app:app", EntryPointKind.ProductionServer, "gunicorn")]
    [InlineData("flask run --host=0.0.0.0", EntryPointKind.DevelopmentServer, "flask")]
    [InlineData("FLASK_APP=app.py python -m flask run", EntryPointKind.DevelopmentServer, "flask")]
    [InlineData("python manage.py runserver 0.0.0.0:8000", EntryPointKind.DevelopmentServer, "django")]
    [InlineData("./manage.py runserver", EntryPointKind.DevelopmentServer, "django")]
    [InlineData("daphne -b 0.0.0.0 app.asgi:application", EntryPointKind.ProductionServer, "daphne")]
    [InlineData("hypercorn app:app", EntryPointKind.ProductionServer, "hypercorn")]
    [InlineData("uwsgi --ini etc/uwsgi.ini", EntryPointKind.ProductionServer, "uwsgi")]
    [InlineData("fastapi dev main.py", EntryPointKind.DevelopmentServer, "fastapi")]
    [InlineData("fastapi run main.py", EntryPointKind.ProductionServer, "fastapi")]
    [InlineData("python main.py", EntryPointKind.Other, "python")]
    [InlineData("python3 -u app.py", EntryPointKind.Other, "python")]
    [InlineData("python seed.py && uvicorn app:app --reload", EntryPointKind.DevelopmentServer, "uvicorn")]
    [InlineData("sh -c \"uvicorn app:app --reload\"", EntryPointKind.DevelopmentServer, "uvicorn")]
    [InlineData("tini -- gunicorn app:app", EntryPointKind.ProductionServer, "gunicorn")]
    [InlineData("vite", EntryPointKind.DevelopmentServer, "vite")]
    [InlineData("vite dev --port 3000", EntryPointKind.DevelopmentServer, "vite")]
    [InlineData("next dev", EntryPointKind.DevelopmentServer, "next")]
    [InlineData("next start -p 3000", EntryPointKind.ProductionServer, "next")]
    [InlineData("nodemon src/index.js", EntryPointKind.DevelopmentServer, "nodemon")]
    [InlineData("ts-node-dev --respawn src/index.ts", EntryPointKind.DevelopmentServer, "ts-node-dev")]
    [InlineData("node dist/server.js", EntryPointKind.ProductionServer, "node")]
    [InlineData("node --watch server.js", EntryPointKind.DevelopmentServer, "node")]
    [InlineData("pm2-runtime ecosystem.config.js", EntryPointKind.ProductionServer, "pm2")]
    [InlineData("serve -s build", EntryPointKind.ProductionServer, "serve")]
    [InlineData("react-scripts start", EntryPointKind.DevelopmentServer, "react-scripts")]
    [InlineData("npm run dev", EntryPointKind.DevelopmentServer, "npm")]
    [InlineData("npm start", EntryPointKind.Other, "npm")]
    [InlineData("yarn dev", EntryPointKind.DevelopmentServer, "yarn")]
    [InlineData("bun run --filter frontend dev", EntryPointKind.DevelopmentServer, "bun")]
    [InlineData("pnpm --filter=api start", EntryPointKind.Other, "pnpm")]
    [InlineData("dotnet Api.dll", EntryPointKind.ProductionServer, "dotnet")]
    [InlineData("dotnet watch run", EntryPointKind.DevelopmentServer, "dotnet")]
    public void Classifies_start_commands(string command, EntryPointKind kind, string server)
    {
        Assert.Equal(new ServerCommand(kind, server), CommandClassifier.Classify(command));
    }

    [Theory]
    [InlineData("python manage.py migrate")]
    [InlineData("flask db upgrade")]
    [InlineData("npm run build")]
    [InlineData("npm ci")]
    [InlineData("vite build")]
    [InlineData("echo \"uvicorn app:app --reload\"")]
    [InlineData("celery -A app worker")]
    [InlineData("# uvicorn app:app --reload")]
    [InlineData("")]
    public void Commands_that_start_no_server_are_not_classified(string command)
    {
        Assert.Null(CommandClassifier.Classify(command));
    }

    [Fact]
    public void Start_commands_nothing_recognises_are_named_by_their_program()
    {
        Assert.Equal(new ServerCommand(EntryPointKind.Other, "celery"), CommandClassifier.ClassifyStart("exec celery -A app worker"));
        Assert.Equal(new ServerCommand(EntryPointKind.Other, "start.sh"), CommandClassifier.ClassifyStart(["./start.sh"]));
    }

    [Fact]
    public void Package_scripts_are_followed_to_what_they_run()
    {
        var scripts = new Dictionary<string, string> { ["dev"] = "vite --host", ["start"] = "npm run dev" };

        Assert.Equal(new ServerCommand(EntryPointKind.DevelopmentServer, "vite"), CommandClassifier.Classify("npm start", scripts.GetValueOrDefault));
    }
}
