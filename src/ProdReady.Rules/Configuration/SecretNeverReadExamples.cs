using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Configuration;

internal static class SecretNeverReadExamples
{
    private const string PythonImage = "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD [\"gunicorn\", \"app.main:app\"]\n";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad("compose sets JWT_SECRET, the code reads JWT_SECRET_KEY and falls back to a default",
            ("docker-compose.yml", "services:\n  api:\n    build: ./backend\n    environment:\n      DATABASE_URL: postgres://db/api\n" +
                "      [|JWT_SECRET|]: ${JWT_SECRET}\n"),
            ("backend/Dockerfile", PythonImage),
            ("backend/app/main.py", "import os\n\nJWT_SECRET_KEY = os.getenv(\"JWT_SECRET_KEY\", \"dev\")\nDATABASE_URL = os.environ[\"DATABASE_URL\"]\n")),
        RuleExample.Bad("a Stripe key handed to a Node service that never uses Stripe, in compose's list form",
            ("compose.yaml", "services:\n  web:\n    build: .\n    environment:\n      - SESSION_SECRET=${SESSION_SECRET}\n" +
                "      - [|STRIPE_SECRET_KEY|]=${STRIPE_SECRET_KEY}\n"),
            ("Dockerfile", "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n"),
            ("server.js", "const session = require('express-session');\napp.use(session({ secret: process.env.SESSION_SECRET }));\n")),
        RuleExample.Good("read under pydantic's env_prefix, and by an entrypoint script; boto3 reads the AWS key itself",
            ("docker-compose.yml", "services:\n  api:\n    build: .\n    environment:\n      APP_JWT_SECRET: ${APP_JWT_SECRET}\n" +
                "      ADMIN_PASSWORD: ${ADMIN_PASSWORD}\n      AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY}\n"),
            ("Dockerfile", PythonImage),
            ("app/settings.py", "from pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass Settings(BaseSettings):\n" +
                "    model_config = SettingsConfigDict(env_prefix=\"APP_\")\n    jwt_secret: str\n"),
            ("docker-entrypoint.sh", "#!/bin/sh\npython -m app.create_admin --password \"$ADMIN_PASSWORD\"\nexec \"$@\"\n")),
        RuleExample.Good("Jwt__Key binds the Jwt section an ASP.NET Core app reads",
            ("docker-compose.yml", "services:\n  api:\n    build:\n      context: .\n      dockerfile: src/Api/Dockerfile\n" +
                "    environment:\n      Jwt__Key: ${JWT_KEY}\n"),
            ("src/Api/Dockerfile", "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY out/ /app\nENTRYPOINT [\"dotnet\", \"/app/Api.dll\"]\n"),
            ("src/Api/Program.cs", "var builder = WebApplication.CreateBuilder(args);\nvar key = builder.Configuration[\"Jwt:Key\"];\n")),
        RuleExample.Good("the code reads variables by a computed name: what it reads cannot be known",
            ("docker-compose.yml", "services:\n  worker:\n    build: .\n    environment:\n      PARTNER_API_TOKEN: ${PARTNER_API_TOKEN}\n"),
            ("Dockerfile", PythonImage),
            ("app/config.py", "import os\n\n\ndef setting(name):\n    return os.environ[name.upper()]\n")),
        RuleExample.Good("built FROM a database image: the database reads its own variables",
            ("docker-compose.yml", "services:\n  db:\n    build: ./db\n    environment:\n      REPLICATION_PASSWORD: ${REPLICATION_PASSWORD}\n"),
            ("db/Dockerfile", "FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n"),
            ("db/init.sql", "CREATE TABLE t (id int);\n")),
    ];
}
