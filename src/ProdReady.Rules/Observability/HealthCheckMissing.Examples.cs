using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Observability;

public sealed partial class HealthCheckMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI app with business routes only; a status sub-resource is not a health check",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI

                app = FastAPI()


                @app.post("/predict")
                async def predict(payload: dict):
                    return {"score": 0.5}


                @app.get("/orders/{order_id}/status")
                async def order_status(order_id: int):
                    return {"status": "shipped"}
                """)),
        RuleExample.Bad(
            "Express app without a health route",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("server.js", """
                const express = require("express");
                const app = express();
                app.get("/api/users", (req, res) => res.json([]));
                app.post("/api/users", (req, res) => res.status(201).end());
                app.listen(3000);
                """)),
        RuleExample.Bad(
            "Django URLconf without a health view or django-health-check",
            ("requirements.txt", "Django==4.2.11\n"),
            ("mysite/urls.py", """
                from django.contrib import admin
                from django.urls import path

                from events import views

                urlpatterns = [
                    path("admin/", admin.site.urls),
                    path("events/", views.event_list),
                ]
                """)),
        RuleExample.Good(
            "FastAPI health route under /api",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI

                app = FastAPI()


                @app.get("/api/health")
                async def health():
                    return {"status": "ok"}
                """)),
        RuleExample.Good(
            "an ASGI wrapper answers the health path before the app (no route declares it)",
            ("requirements.txt", "Django==5.0.4\n"),
            ("shop/urls.py", """
                from django.urls import path

                from . import views

                urlpatterns = [
                    path("orders/", views.orders),
                ]
                """),
            ("shop/asgi.py", """
                from django.core.asgi import get_asgi_application

                from .health import health_check

                application = health_check(get_asgi_application(), "/health/")
                """)),
        RuleExample.Good(
            "Express readiness route",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("server.js", """
                const express = require("express");
                const app = express();
                app.get("/readyz", (req, res) => res.sendStatus(200));
                app.get("/api/users", (req, res) => res.json([]));
                app.listen(3000);
                """)),
        RuleExample.Good(
            "Django with django-health-check installed",
            ("requirements.txt", "Django==4.2.11\ndjango-health-check==3.18.1\n"),
            ("mysite/settings.py", """
                INSTALLED_APPS = [
                    "django.contrib.admin",
                    "health_check",
                    "health_check.db",
                ]
                """),
            ("mysite/urls.py", """
                from django.urls import include, path

                urlpatterns = [
                    path("ht/", include("health_check.urls")),
                ]
                """)),
        RuleExample.Good(
            "ASP.NET Core MapHealthChecks",
            ("Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>"""),
            ("Api/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddHealthChecks();
                var app = builder.Build();
                app.MapGet("/orders", () => "[]");
                app.MapHealthChecks("/healthz");
                app.Run();
                """)),
    ];
}
