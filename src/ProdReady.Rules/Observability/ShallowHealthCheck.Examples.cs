using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Observability;

public sealed partial class ShallowHealthCheck
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI health route returns a constant while the app depends on a database",
            ("requirements.txt", "fastapi==0.110.0\nsqlalchemy==2.0.29\nasyncpg==0.29.0\n"),
            ("app/main.py", """
                from datetime import datetime

                from fastapi import FastAPI

                app = FastAPI()


                @[|app.get("/health")|]
                async def health():
                    return {"status": "ok", "time": datetime.utcnow().isoformat()}
                """)),
        RuleExample.Bad(
            "Express health route answers 200 without checking Postgres",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "pg": "^8.11.0" } }"""),
            ("server.js", """
                const express = require("express");
                const app = express();
                [|app.get("/healthz", (req, res) => res.json({ status: "ok" }))|];
                app.listen(3000);
                """)),
        RuleExample.Bad(
            "Flask health view with a model to serve",
            ("requirements.txt", "flask==3.0.2\njoblib==1.3.2\n"),
            ("app.py", """
                import joblib
                from flask import Flask, jsonify

                app = Flask(__name__)
                model = joblib.load("model.pkl")


                @[|app.route("/health")|]
                def health():
                    return jsonify(status="healthy")
                """)),
        RuleExample.Good(
            "a readiness route that runs SELECT 1 next to a cheap liveness route",
            ("requirements.txt", "fastapi==0.110.0\nsqlalchemy==2.0.29\nasyncpg==0.29.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI
                from sqlalchemy import text

                from app.db import engine

                app = FastAPI()


                @app.get("/live")
                async def live():
                    return {"status": "ok"}


                @app.get("/ready")
                async def ready():
                    async with engine.connect() as conn:
                        await conn.execute(text("SELECT 1"))
                    return {"status": "ok"}
                """)),
        RuleExample.Good(
            "an inline Express readiness handler that queries Postgres",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "pg": "^8.11.0" } }"""),
            ("server.js", """
                const express = require("express");
                const { Pool } = require("pg");
                const pool = new Pool();
                const app = express();
                app.get("/health", async (req, res) => {
                  await pool.query("SELECT 1");
                  res.json({ status: "ok" });
                });
                app.listen(3000);
                """)),
        RuleExample.Good(
            "the health route reports whether the model is loaded",
            ("requirements.txt", "fastapi==0.110.0\njoblib==1.3.2\n"),
            ("app/main.py", """
                import joblib
                from fastapi import FastAPI

                app = FastAPI()
                model = joblib.load("model.joblib")


                @app.get("/health")
                def health():
                    return {"status": "ok", "model_loaded": model is not None}
                """)),
        RuleExample.Good(
            "a stateless service has nothing for a health check to verify",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                from fastapi import FastAPI

                app = FastAPI()


                @app.get("/health")
                def health():
                    return {"status": "ok"}
                """)),
    ];
}
