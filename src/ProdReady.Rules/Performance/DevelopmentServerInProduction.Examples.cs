using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Performance;

public sealed partial class DevelopmentServerInProduction
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "Procfile deploys Django's runserver",
            ("requirements.txt", "Django==4.2.11\n"),
            ("Procfile", "web: [|python manage.py runserver 0.0.0.0:$PORT|]\n")),
        RuleExample.Bad(
            "FastAPI started with uvicorn.run(reload=True) and no production server anywhere",
            ("requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\n"),
            ("main.py", """
                import uvicorn
                from fastapi import FastAPI

                app = FastAPI()

                if __name__ == "__main__":
                    [|uvicorn.run|]("main:app", host="0.0.0.0", port=8000, reload=True)
                """)),
        RuleExample.Bad(
            "Express package starts with nodemon",
            ("package.json", """
                {
                  "name": "api",
                  "scripts": {
                    "start": [|"nodemon server.js"|]
                  },
                  "dependencies": { "express": "^4.19.2" }
                }
                """),
            ("server.js", "const express = require(\"express\");\nexpress().listen(3000);\n")),
        RuleExample.Bad(
            "Flask's app.run is the only way the app starts (the Dockerfile runs python app.py)",
            ("requirements.txt", "flask==3.0.2\n"),
            ("Dockerfile", "FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\nCMD [\"python\", \"app.py\"]\n"),
            ("app.py", """
                from flask import Flask

                app = Flask(__name__)

                if __name__ == "__main__":
                    [|app.run|](host="0.0.0.0", port=5000)
                """)),
        RuleExample.Bad(
            "uvicorn.run without workers is the only start command (seed 004: using uvicorn directly); the front end's dev and preview scripts are not start commands",
            ("package.json", """{ "name": "web", "scripts": { "dev": "vite", "build": "vite build", "preview": "vite preview" } }"""),
            ("python_backend/requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\n"),
            ("python_backend/main.py", """
                import uvicorn
                from fastapi import FastAPI

                app = FastAPI()

                if __name__ == "__main__":
                    [|uvicorn.run|](app, host="0.0.0.0", port=8000)
                """)),
        RuleExample.Bad(
            "Create React App's start script is the dev server; reported at medium because a build script exists",
            ("package.json", """
                {
                  "name": "web",
                  "scripts": {
                    "start": [|"react-scripts start"|],
                    "build": "react-scripts build"
                  },
                  "dependencies": { "react": "^18.2.0", "react-scripts": "5.0.1" }
                }
                """)),
        RuleExample.Good(
            "a dev script running Vite next to a build script is the normal front-end setup",
            ("package.json", """
                {
                  "name": "web",
                  "scripts": { "dev": "vite", "build": "vite build", "preview": "vite preview" },
                  "dependencies": { "react": "^18.2.0" },
                  "devDependencies": { "vite": "^5.2.0" }
                }
                """)),
        RuleExample.Good(
            "a reload launcher for local use while the Dockerfile runs gunicorn with uvicorn workers",
            ("requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\ngunicorn==22.0.0\n"),
            ("Dockerfile", "FROM python:3.12-slim\nCOPY . /app\nWORKDIR /app\n" +
                "CMD [\"gunicorn\", \"-k\", \"uvicorn.workers.UvicornWorker\", \"-w\", \"4\", \"-b\", \"0.0.0.0:8000\", \"main:app\"]\n"),
            ("main.py", """
                import uvicorn
                from fastapi import FastAPI

                app = FastAPI()

                if __name__ == "__main__":
                    uvicorn.run("main:app", reload=True)
                """)),
        RuleExample.Good(
            "development-only files (Dockerfile.dev, docker-compose.dev.yml) may run dev servers",
            ("requirements.txt", "Django==4.2.11\ngunicorn==22.0.0\n"),
            ("Dockerfile.dev", "FROM python:3.12-slim\nCMD [\"python\", \"manage.py\", \"runserver\", \"0.0.0.0:8000\"]\n"),
            ("Procfile", "web: gunicorn mysite.wsgi --workers 3\n")),
        RuleExample.Good(
            "a development stage's CMD does not ship: only the final stage of a multi-stage Dockerfile runs",
            ("requirements.txt", "flask==3.0.2\ngunicorn==22.0.0\n"),
            ("Dockerfile", "FROM python:3.12-slim AS dev\nCMD [\"flask\", \"run\", \"--debug\"]\n\nFROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n")),
        RuleExample.Good(
            "uvicorn.run(reload=True) inside a CLI's develop command and a function named for development",
            ("requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\nclick==8.1.7\n"),
            ("app/cli.py", Configuration.DebugModeExamples.DevelopCommandCli)),
];
}
