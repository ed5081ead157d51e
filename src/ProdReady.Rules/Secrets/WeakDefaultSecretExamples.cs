using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Secrets;

internal static class WeakDefaultSecretExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "placeholder signing keys as pydantic defaults (seed 004)",
            ("python_backend/config.py", """
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    [|SECRET_KEY|]: str = "change-me-in-production"
                    [|JWT_SECRET_KEY|]: str = "jwt-secret-change-me"
                    JWT_ALGORITHM: str = "HS256"
                """)),
        RuleExample.Bad(
            "Flask and Django settings whose env fallback or literal is guessable",
            ("app/config.py", """
                import os


                class Config:
                    [|SECRET_KEY|] = os.environ.get("SECRET_KEY", "dev")
                    [|ADMIN_PASSWORD|] = os.getenv("ADMIN_PASSWORD", "admin123")
                """),
            ("mysite/settings.py", """
                [|SECRET_KEY|] = "django-insecure-change-me"
                """)),
        RuleExample.Bad(
            "Express: a JWT secret falling back to 'secret' inline, and express-session's sample secret",
            ("server/auth.js", """
                const jwt = require("jsonwebtoken");

                function issue(user) {
                  return jwt.sign({ sub: user.id }, process.env.JWT_SECRET || [|"secret"|], { expiresIn: "1h" });
                }
                """),
            ("server/app.js", """
                const session = require("express-session");
                const [|SESSION_SECRET|] = process.env.SESSION_SECRET || "keyboard cat";
                """)),
        RuleExample.Bad(
            "ASP.NET Core appsettings.json with a tutorial JWT key",
            ("Api/appsettings.json", """
                {
                  "Jwt": {
                    [|"Key"|]: "ThisIsMySecretKey",
                    "Issuer": "api"
                  }
                }
                """)),
        RuleExample.Good(
            "a *_SESSION_KEY constant names an entry stored in the session, not the key that signs it",
            ("requirements.txt", "django==5.0.3\n"),
            ("accounts/views.py", """
                CREATED_SESSION_KEY = "accounts_token_created"
                passed_restrictions_session_key = "passed_view_restrictions"
                """)),
        RuleExample.Good(
            "enum members, constants that spell their own name, and sample-data constants are codes and fixtures, not secrets",
            ("shop/account/error_codes.py", """
                from enum import Enum


                class AccountErrorCode(Enum):
                    INVALID_PASSWORD = "invalid_password"
                    PASSWORD = "password"
                """),
            ("shop/core/notify.py", """
                class NotifyEventType:
                    ACCOUNT_SET_CUSTOMER_PASSWORD = "account_set_customer_password"
                    ACCOUNT_STAFF_RESET_PASSWORD = "account_staff_reset_password"
                """),
            ("shop/core/random_data.py", """
                DUMMY_STAFF_PASSWORD = "password"
                """)),
        RuleExample.Good(
            "placeholders in .env.example, development settings and docker-compose are expected",
            (".env.example", """
                SECRET_KEY=change-me
                JWT_SECRET=your-secret-key
                """),
            ("mysite/settings/dev.py", """
                SECRET_KEY = "dev"
                """),
            ("docker-compose.yml", """
                services:
                  db:
                    image: postgres:16
                    environment:
                      POSTGRES_PASSWORD: postgres
                """)),
        RuleExample.Good(
            "passwords for a database on localhost (a CI block, env fallbacks for local runs), and a setting that names a function",
            ("app/settings.py", """
                import os

                DATABASES = {"default": {"PASSWORD": os.environ.get("SQL_PASSWORD", "password"), "HOST": os.environ.get("SQL_HOST", "localhost")}}
                """),
            ("mysite/settings.py", """
                import os

                if os.environ.get("GITHUB_WORKFLOW"):
                    DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": "postgres", "HOST": "127.0.0.1"}}

                JWT_AUTH = {"JWT_GET_USER_SECRET_KEY": "myapp.authentication.services.user_secret_key"}
                """)),
        RuleExample.Good(
            "a DevelopmentConfig class and tests may use weak keys",
            ("config.py", """
                import os


                class DevelopmentConfig:
                    SECRET_KEY = "dev"


                class ProductionConfig:
                    SECRET_KEY = os.environ["SECRET_KEY"]
                """),
            ("tests/test_auth.py", """
                JWT_SECRET = "test"
                """)),
        RuleExample.Good(
            "placeholders for third-party keys only break the integration; empty defaults are SEC003's concern; strong values are SEC001's",
            ("app/config.py", """
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    OPENAI_API_KEY: str = "your-openai-api-key"
                    GOOGLE_CLIENT_SECRET: str = "xxx"
                    SECRET_KEY: str = ""
                    JWT_SECRET: str = "q8Vn3LzR7wK2pX9mT4bY6cJ1hF5dS0aG"
                """)),
    ];
}
