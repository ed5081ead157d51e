using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Secrets;

internal static class StartupValidationExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "pydantic settings with defaulted secrets and no validator (seed 004: 'no secrets validation')",
            ("python_backend/config.py", """
                from typing import Optional
                from pydantic_settings import BaseSettings


                [|class|] Settings(BaseSettings):
                    SECRET_KEY: str = "change-me-in-production"
                    JWT_SECRET_KEY: str = "jwt-secret-change-me"
                    SMTP_PASSWORD: Optional[str] = None
                    OPENAI_API_KEY: Optional[str] = None


                settings = Settings()
                """)),
        RuleExample.Bad(
            "a Flask config class and a Django settings module that fall back when the variable is unset",
            ("app/config.py", """
                import os


                [|class|] Config:
                    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
                """),
            ("mysite/settings.py", """
                import os

                INSTALLED_APPS = ["django.contrib.auth"]
                SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
                [|DB_PASSWORD|] = os.getenv("DB_PASSWORD", "postgres")
                """)),
        RuleExample.Bad(
            "an Express config module whose JWT secret falls back to a default and is never checked",
            ("server/config.js", """
                const [|JWT_SECRET|] = process.env.JWT_SECRET || "dev-secret";
                const PORT = process.env.PORT || 3000;

                module.exports = { JWT_SECRET, PORT };
                """)),
        RuleExample.Good(
            "an Express server that refuses to start without its secret",
            ("server/config.js", """
                const JWT_SECRET = process.env.JWT_SECRET;
                if (!JWT_SECRET) {
                  throw new Error("JWT_SECRET must be set");
                }
                """)),
        RuleExample.Good(
            "a field_validator names the secrets and rejects defaults",
            ("app/config.py", """
                from pydantic import field_validator
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    SECRET_KEY: str = "change-me"
                    JWT_SECRET_KEY: str = "change-me"

                    @field_validator("SECRET_KEY", "JWT_SECRET_KEY")
                    @classmethod
                    def not_default(cls, value: str) -> str:
                        if value == "change-me" or len(value) < 32:
                            raise ValueError("set a real secret")
                        return value
                """)),
        RuleExample.Good(
            "a length constraint on the field, and secrets that are required (no default)",
            ("app/config.py", """
                from pydantic import Field, SecretStr
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    SECRET_KEY: SecretStr = Field(default="", min_length=32)
                    JWT_SECRET: str
                    ADMIN_PASSWORD: str = Field(...)
                """)),
        RuleExample.Good(
            "a start-up function that raises when the secret is missing",
            ("app/settings.py", """
                import os

                JWT_SECRET = os.getenv("JWT_SECRET")
                """),
            ("app/main.py", """
                from app.settings import JWT_SECRET


                def check_settings():
                    if not JWT_SECRET:
                        raise RuntimeError("JWT_SECRET must be set")
                """)),
        RuleExample.Good(
            "Django refuses to start with an empty SECRET_KEY, django-environ's env() raises when a variable is missing, optional integration credentials only disable a feature, and a local database's password is a development default",
            ("mysite/settings.py", """
                import os

                INSTALLED_APPS = ["django.contrib.auth"]
                SECRET_KEY = os.getenv("DJANGO_SECRET_KEY")
                OPENROUTER_API_KEY = os.getenv("OPENROUTER_API_KEY", "")
                JWT_SIGNING_KEY = env("JWT_SIGNING_KEY")
                EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD")
                DATABASES = {"default": {"PASSWORD": os.environ.get("SQL_PASSWORD", "password"), "HOST": os.environ.get("SQL_HOST", "localhost")}}
                """)),
    ];
}
