using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Observability;

public sealed partial class LoggingNotConfigured
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "FastAPI app creates loggers but never configures them; basicConfig in a test or a pre-start script does not configure the app",
            ("requirements.txt", "fastapi==0.110.0\nuvicorn==0.29.0\n"),
            ("app/main.py", """
                import logging

                from fastapi import FastAPI

                logger = logging.getLogger(__name__)
                app = FastAPI()
                """),
            ("tests/conftest.py", """
                import logging

                logging.basicConfig(level=logging.DEBUG)
                """),
            ("app/backend_pre_start.py", """
                import logging

                logging.basicConfig(level=logging.INFO)


                def main():
                    logging.getLogger(__name__).info("database ready")


                if __name__ == "__main__":
                    main()
                """)),
        RuleExample.Bad(
            "Express server with morgan request logging only",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "morgan": "^1.10.0" } }"""),
            ("server.js", """
                const express = require("express");
                const morgan = require("morgan");

                const app = express();
                app.use(morgan("combined"));
                app.listen(3000);
                """)),
        RuleExample.Bad(
            "Django settings without a LOGGING setting",
            ("requirements.txt", "Django==4.2.11\n"),
            ("mysite/settings.py", """
                DEBUG = False
                INSTALLED_APPS = ["django.contrib.admin", "events"]
                """)),
        RuleExample.Good(
            "Django LOGGING setting with a JSON formatter",
            ("requirements.txt", "Django==4.2.11\npython-json-logger==2.0.7\n"),
            ("mysite/settings.py", """
                LOGGING = {
                    "version": 1,
                    "formatters": {"json": {"()": "pythonjsonlogger.jsonlogger.JsonFormatter"}},
                    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
                    "root": {"handlers": ["console"], "level": "INFO"},
                }
                """)),
        RuleExample.Good(
            "FastAPI app configures logging with basicConfig at startup",
            ("requirements.txt", "fastapi==0.110.0\n"),
            ("app/main.py", """
                import logging

                from fastapi import FastAPI

                logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
                app = FastAPI()
                """)),
        RuleExample.Good(
            "Express server with a pino logger (JSON by default)",
            ("package.json", """{ "name": "api", "dependencies": { "express": "^4.19.2", "pino": "^9.0.0" } }"""),
            ("src/logger.js", """
                const pino = require("pino");
                module.exports = pino({ level: process.env.LOG_LEVEL || "info" });
                """),
            ("src/server.js", """
                const express = require("express");
                const logger = require("./logger");
                const app = express();
                app.listen(3000, () => logger.info("listening"));
                """)),
        RuleExample.Good(
            "ASP.NET Core logs through ILogger by default",
            ("Api/Api.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>"""),
            ("Api/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                var app = builder.Build();
                app.MapGet("/", () => "ok");
                app.Run();
                """)),
    ];
}
