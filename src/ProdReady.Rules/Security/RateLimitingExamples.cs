using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class RateLimitingExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "a FastAPI app with no limiter",
            ("requirements.txt", """
                fastapi==0.110.0
                uvicorn==0.29.0
                """),
            ("main.py", """
                from fastapi import FastAPI

                app = FastAPI()


                @app.post("/api/auth/login")
                async def login():
                    return {}
                """)),
        RuleExample.Bad(
            "an Express API with no limiter",
            ("package.json", """
                { "name": "api", "dependencies": { "express": "^4.19.0", "cors": "^2.8.5" } }
                """),
            ("server.js", """
                const express = require("express");
                const app = express();
                app.post("/login", (req, res) => res.json({}));
                """)),
        RuleExample.Good(
            "slowapi Limiter in a FastAPI app (seed 004: 'Rate limiting implemented (slowapi)')",
            ("main.py", """
                from fastapi import FastAPI
                from slowapi import Limiter
                from slowapi.util import get_remote_address

                limiter = Limiter(key_func=get_remote_address)
                app = FastAPI()
                """)),
        RuleExample.Good(
            "limit_req in the nginx reverse proxy in front of a Flask app (a comment mentioning limit_req would not count)",
            ("app.py", "from flask import Flask\napp = Flask(__name__)\n"),
            ("deploy/nginx/app.conf", """
                limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;
                server {
                  listen 80;
                  location / {
                    limit_req zone=api burst=20;
                    proxy_pass http://app:8000;
                  }
                }
                """)),
        RuleExample.Good(
            "DRF throttle classes in Django settings",
            ("mysite/settings.py", """
                import django

                REST_FRAMEWORK = {
                    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.AnonRateThrottle"],
                    "DEFAULT_THROTTLE_RATES": {"anon": "100/hour"},
                }
                """)),
        RuleExample.Good(
            "express-rate-limit declared, and ASP.NET Core AddRateLimiter",
            ("package.json", """
                { "name": "api", "dependencies": { "express": "^4.19.0", "express-rate-limit": "^7.2.0" } }
                """),
            ("Api/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddRateLimiter(o => o.AddFixedWindowLimiter("api", w => w.PermitLimit = 100));
                """)),
        RuleExample.Good(
            "not a web app: a command-line tool is not rate limited",
            ("cli.py", """
                import argparse

                parser = argparse.ArgumentParser()
                """)),
    ];
}
