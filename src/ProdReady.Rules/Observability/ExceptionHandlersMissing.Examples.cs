using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Observability;

public sealed partial class ExceptionHandlersMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI app without any exception handler",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI

                app = FastAPI()


                @app.get("/items/{item_id}")
                async def read_item(item_id: int):
                    return {"id": item_id}
                """)),
        RuleExample.Bad(
            "Express app whose middlewares all take three parameters",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("server.js", """
                const express = require("express");
                const app = express();
                app.use(express.json());
                app.use((req, res, next) => { res.set("X-App", "api"); next(); });
                app.get("/users", (req, res) => res.json([]));
                app.listen(3000);
                """)),
        RuleExample.Bad(
            "Flask app without errorhandler",
            ("requirements.txt", "flask==3.0.2\n"),
            ("app.py", """
                from flask import Flask

                app = Flask(__name__)


                @app.get("/")
                def index():
                    return "ok"
                """)),
        RuleExample.Good(
            "FastAPI handler registered with the decorator",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                import logging

                from fastapi import FastAPI, Request
                from fastapi.responses import JSONResponse

                app = FastAPI()
                logger = logging.getLogger(__name__)


                @app.exception_handler(Exception)
                async def unhandled(request: Request, exc: Exception):
                    logger.exception("unhandled error")
                    return JSONResponse(status_code=500, content={"detail": "internal error"})
                """)),
        RuleExample.Good(
            "Express error middleware with four parameters after the routes",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("server.js", """
                const express = require("express");
                const app = express();
                app.get("/users", (req, res) => res.json([]));
                app.use((err, req, res, next) => {
                  res.status(err.status || 500).json({ error: "internal error" });
                });
                app.listen(3000);
                """)),
        RuleExample.Good(
            "a TypeScript error middleware with typed, multi-line parameters",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("src/main.ts", """
                import express from "express";

                const app = express();
                app.use(
                  (
                    err: Error | HttpException,
                    req: express.Request,
                    res: express.Response,
                    next: express.NextFunction,
                  ) => {
                    res.status(500).json({ message: "internal error" });
                  },
                );
                """)),
        RuleExample.Good(
            "an error middleware passed by name, declared with four parameters in another module",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("src/app.js", """
                const express = require("express");
                const { handle } = require("./middleware");

                const app = express();
                app.use(handle);
                """),
            ("src/middleware.js", """
                function handle(err, req, res, next) {
                  res.status(500).end();
                }

                module.exports = { handle };
                """)),
        RuleExample.Good(
            "Flask error handler registered with register_error_handler",
            ("requirements.txt", "flask==3.0.2\n"),
            ("app.py", """
                from flask import Flask, jsonify

                app = Flask(__name__)


                def on_error(error):
                    return jsonify(error="internal error"), 500


                app.register_error_handler(Exception, on_error)
                """)),
        RuleExample.Good(
            "Django renders errors with its default handlers (not judged)",
            ("requirements.txt", "Django==4.2.11\n"),
            ("mysite/urls.py", """
                from django.urls import path

                from events import views

                urlpatterns = [path("events/", views.event_list)]
                """)),
        RuleExample.Good(
            "ASP.NET Core UseExceptionHandler",
            ("Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>"""),
            ("Api/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddProblemDetails();
                var app = builder.Build();
                app.UseExceptionHandler();
                app.MapGet("/", () => "ok");
                app.Run();
                """)),
    ];
}
