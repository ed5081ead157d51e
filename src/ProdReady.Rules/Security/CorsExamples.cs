using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class CorsExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "FastAPI with configured origins but wildcard methods and headers, each reported at medium severity (seed 004)",
            ("python_backend/main.py", """
                from fastapi import FastAPI
                from fastapi.middleware.cors import CORSMiddleware
                from config import settings

                app = FastAPI()
                app.add_middleware(
                    CORSMiddleware,
                    allow_origins=settings.CORS_ORIGINS.split(","),
                    allow_credentials=True,
                    allow_methods=[|["*"]|],
                    allow_headers=[|["*"]|],
                )
                """)),
        RuleExample.Bad(
            "wildcard origins bound to a module variable, with credentials (critical)",
            ("main.py", """
                from fastapi import FastAPI
                from fastapi.middleware.cors import CORSMiddleware

                app = FastAPI()
                origins = ["*"]
                app.add_middleware(CORSMiddleware, allow_origins=[|origins|], allow_credentials=True)
                """)),
        RuleExample.Bad(
            "Flask-CORS with no origins, and a Flask-SocketIO server open to every site",
            ("app.py", """
                from flask import Flask
                from flask_cors import CORS
                from flask_socketio import SocketIO

                app = Flask(__name__)
                [|CORS|](app)
                socketio = SocketIO(app, cors_allowed_origins=[|"*"|])
                """)),
        RuleExample.Bad(
            "django-cors-headers allowing every origin with credentials (seed 002: 'CORS wide open')",
            ("sentinel/settings.py", """
                INSTALLED_APPS = ["corsheaders"]
                [|CORS_ALLOW_ALL_ORIGINS|] = True
                CORS_ALLOW_CREDENTIALS = True
                """)),
        RuleExample.Bad(
            "Express cors() with no options, and one that reflects any origin with credentials",
            ("server/app.js", """
                const express = require("express");
                const cors = require("cors");

                const app = express();
                app.use([|cors|]());
                app.use("/api", cors({ origin: [|true|], credentials: true }));
                """)),
        RuleExample.Bad(
            "ASP.NET Core policy with AllowAnyOrigin",
            ("Api/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddCors(o => o.AddDefaultPolicy(p => [|p.AllowAnyOrigin|]().AllowAnyHeader().AllowAnyMethod()));
                """)),
        RuleExample.Bad(
            "Flask-CORS as an extension object: cors.init_app(app) with credentials and no origins (critical)",
            ("app/extensions.py", """
                from flask_cors import CORS

                cors = CORS()
                """),
            ("app/__init__.py", """
                from flask import Flask
                from app.extensions import cors

                def create_app():
                    app = Flask(__name__)
                    [|cors.init_app|](app, supports_credentials=True)
                    return app
                """)),
        RuleExample.Good(
            "Flask-CORS origins given to init_app, and CORS(app) with CORS_ORIGINS set through app.config",
            ("app/extensions.py", """
                from flask_cors import CORS

                cors = CORS()
                """),
            ("app/__init__.py", """
                from flask import Flask
                from app.extensions import cors

                def create_app():
                    app = Flask(__name__)
                    cors.init_app(app, origins=["https://app.example.com"], supports_credentials=True)
                    return app
                """),
            ("admin/app.py", """
                from flask import Flask
                from flask_cors import CORS

                admin = Flask(__name__)
                admin.config["CORS_ORIGINS"] = ["https://admin.example.com"]
                CORS(admin)
                """)),
        RuleExample.Good(
            "origins read from the environment and explicit methods and headers",
            ("main.py", """
                import os
                from fastapi import FastAPI
                from fastapi.middleware.cors import CORSMiddleware

                app = FastAPI()
                app.add_middleware(
                    CORSMiddleware,
                    allow_origins=os.environ["CORS_ORIGINS"].split(","),
                    allow_methods=["GET", "POST"],
                    allow_headers=["Authorization", "Content-Type"],
                )
                """),
            ("server/app.js", """
                const cors = require("cors");
                app.use(cors({ origin: process.env.FRONTEND_URL, credentials: true }));
                """)),
        RuleExample.Good(
            "development settings and tests may open CORS; a Django allow-list is fine",
            ("mysite/settings/dev.py", """
                CORS_ALLOW_ALL_ORIGINS = True
                """),
            ("mysite/settings/base.py", """
                CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
                """),
            ("tests/test_cors.py", """
                from fastapi.middleware.cors import CORSMiddleware
                app.add_middleware(CORSMiddleware, allow_origins=["*"])
                """)),
        RuleExample.Good(
            "shared Django settings open CORS, and the production settings module turns it off again",
            ("config/settings/cors.py", """
                CORS_ALLOW_CREDENTIALS = True
                CORS_ALLOW_ALL_ORIGINS = True
                """),
            ("config/django/production.py", """
                from config.settings.cors import *  # noqa

                CORS_ALLOW_ALL_ORIGINS = False
                """)),
        RuleExample.Good(
            "ASP.NET Core policy with named origins",
            ("Api/Program.cs", """
                builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins("https://app.example.com").AllowCredentials()));
                """)),
    ];
}
