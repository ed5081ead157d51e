using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Containers;

public sealed partial class ComposeMissingForMultiService
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI backend and a separate React front end without a compose file (seed 004)",
            ("python_backend/requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\n"),
            ("python_backend/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
            ("package.json", """{ "name": "web", "scripts": { "dev": "vite", "build": "vite build" }, "dependencies": { "react": "^18.2.0" } }""")),
        RuleExample.Bad(
            "Django with PostgreSQL, Redis and a Celery worker but no compose file",
            ("requirements.txt", "Django==4.2.11\ncelery==5.3.6\npsycopg2-binary==2.9.9\nredis==5.0.3\n"),
            ("mysite/settings.py", """
                DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "app"}}
                CELERY_BROKER_URL = "redis://localhost:6379/0"
                """),
            ("mysite/celery.py", "from celery import Celery\n\napp = Celery(\"mysite\")\n")),
        RuleExample.Bad(
            "Express API talking to MongoDB",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "mongoose": "^8.2.0" } }"""),
            ("server.js", "const express = require(\"express\");\nconst mongoose = require(\"mongoose\");\nexpress().listen(3000);\n")),
        RuleExample.Good(
            "docker-compose.yml describes the services",
            ("requirements.txt", "fastapi==0.110.0\nasyncpg==0.29.0\n"),
            ("app/main.py", "from fastapi import FastAPI\n\napp = FastAPI()\n"),
            ("docker-compose.yml", "services:\n  api:\n    build: .\n  db:\n    image: postgres:16\n")),
        RuleExample.Good(
            "Kubernetes manifests describe the services",
            ("requirements.txt", "flask==3.0.2\nredis==5.0.3\n"),
            ("app.py", "from flask import Flask\n\napp = Flask(__name__)\n"),
            ("k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n")),
        RuleExample.Good(
            "a single service with SQLite is not multi-service",
            ("requirements.txt", "fastapi==0.110.0\naiosqlite==0.20.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI

                DATABASE_URL = "sqlite+aiosqlite:///./app.db"
                app = FastAPI()
                """)),
    ];
}
