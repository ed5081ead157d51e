using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

public sealed partial class SecurityHeadersMissing
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "Flask application factory with no Talisman and no header hook (a test setting a header does not count)",
            ("requirements.txt", "flask==3.0.2\n"),
            ("app/__init__.py", """
                from flask import Flask

                def create_app():
                    app = Flask(__name__)
                    app.config.from_object("app.config.Config")
                    return app
                """),
            ("tests/test_headers.py", """
                def test_frame(client):
                    assert client.get("/").headers.get("X-Frame-Options") is None
                """)),
        RuleExample.Bad(
            "Express app with no helmet",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2" } }"""),
            ("src/server.js", """
                const express = require("express");
                const app = express();
                app.use(express.json());
                app.listen(3000);
                """)),
        RuleExample.Good(
            "Flask-Talisman wraps the app; Express uses helmet",
            ("requirements.txt", "flask==3.0.2\nflask-talisman==1.1.0\n"),
            ("package.json", """{ "name": "web", "dependencies": { "express": "^4.19.2", "helmet": "^7.1.0" } }"""),
            ("app.py", """
                from flask import Flask
                from flask_talisman import Talisman

                app = Flask(__name__)
                Talisman(app, content_security_policy={"default-src": "'self'"})
                """),
            ("server.js", """
                import express from "express";
                import helmet from "helmet";
                const app = express();
                app.use(helmet());
                """)),
        RuleExample.Good(
            "headers set by an after_request hook",
            ("requirements.txt", "flask==3.0.2\n"),
            ("app.py", """
                from flask import Flask

                app = Flask(__name__)

                @app.after_request
                def security_headers(response):
                    response.headers["X-Content-Type-Options"] = "nosniff"
                    response.headers["Strict-Transport-Security"] = "max-age=31536000"
                    return response
                """)),
        RuleExample.Good(
            "the nginx proxy in front of the Flask app adds the headers",
            ("requirements.txt", "flask==3.0.2\n"),
            ("app.py", """
                from flask import Flask

                app = Flask(__name__)
                """),
            ("deploy/nginx.conf", """
                server {
                    listen 443 ssl;
                    add_header Strict-Transport-Security "max-age=31536000" always;
                    location / { proxy_pass http://app:8000; }
                }
                """)),
        RuleExample.Bad(
            "the app is an instance of a Flask subclass",
            ("requirements.txt", "flask==3.0.2\n"),
            ("ctf/__init__.py", """
                from flask import Flask

                class PortalFlask(Flask):
                    pass

                def create_app():
                    return PortalFlask(__name__)
                """)),
        RuleExample.Good(
            "an nginx proxy without the headers is the nginx rule's finding (IAC008), not a second one here",
            ("requirements.txt", "flask==3.0.2\n"),
            ("app.py", """
                from flask import Flask

                app = Flask(__name__)
                """),
            ("conf/nginx/http.conf", """
                server {
                    listen 80;
                    location / { proxy_pass http://app:8000; }
                }
                """)),
    ];
}
