using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Configuration;

internal static class EnvExampleExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "a pydantic settings class and a Vite front end read variables, and no example env file exists (seed 004)",
            ("python_backend/config.py", """
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    SECRET_KEY: str
                    DATABASE_URL: str = "postgresql://db/app"
                """),
            ("src/lib/api.ts", """
                export const API_URL = import.meta.env.VITE_API_URL;
                export const isDev = import.meta.env.DEV;
                """)),
        RuleExample.Bad(
            "an example env file kept with test fixtures documents the fixture, not the application",
            ("app/config.py", """
                import os

                API_TOKEN = os.environ["API_TOKEN"]
                """),
            ("tests/fixtures/sample-app/.env.example", """
                API_TOKEN=changeme
                """)),
        RuleExample.Bad(
            "Django settings reading os.environ, with no env file of any kind",
            ("mysite/settings.py", """
                import os

                SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
                OPENROUTER_API_KEY = os.getenv("OPENROUTER_API_KEY")
                """)),
        RuleExample.Bad(
            "the example file exists but misses variables the code reads: one low-severity finding at the example file",
            ("backend/.env.example", """
                [|DATABASE_URL|]=postgresql://user:password@localhost/app
                """),
            ("backend/app/config.py", """
                import os

                DATABASE_URL = os.environ["DATABASE_URL"]
                JWT_SECRET = os.environ["JWT_SECRET"]
                SENTRY_DSN = os.getenv("SENTRY_DSN")
                """)),
        RuleExample.Good(
            "every variable the backend and the Express server read is in an example file, optional ones as comments",
            (".env.example", """
                DATABASE_URL=postgresql://user:password@localhost/app
                # SENTRY_DSN= optional error reporting
                JWT_SECRET=change-me
                """),
            ("app/config.py", """
                import os

                DATABASE_URL = os.environ["DATABASE_URL"]
                SENTRY_DSN = os.getenv("SENTRY_DSN")
                """),
            ("server/index.js", """
                const secret = process.env.JWT_SECRET;
                const port = process.env.PORT || 3000;
                const mode = process.env.NODE_ENV;
                """)),
        RuleExample.Good(
            "a committed .env lists every variable (whether it should hold real values is SEC001's concern), and vite.config reads are build settings",
            (".env", """
                SECRET_KEY=changethis
                FRONTEND_HOST=http://localhost:5173
                """),
            ("backend/app/core/config.py", """
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    SECRET_KEY: str
                    FRONTEND_HOST: str = "http://localhost:5173"
                """),
            ("frontend/vite.config.ts", """
                const target = process.env.services__api__http__0;
                """)),
        RuleExample.Good(
            "variables read only by tests or development config classes, and platform variables such as PORT and NODE_ENV, need no example file",
            ("tests/conftest.py", """
                import os

                TEST_DB = os.getenv("TEST_DATABASE_URL")
                """),
            ("config.py", """
                import os


                class DevelopmentConfig:
                    SQLALCHEMY_DATABASE_URI = os.environ.get("DEV_DATABASE_URL")
                """),
            ("server.js", """
                const port = process.env.PORT || 8080;
                if (process.env.NODE_ENV !== "production") { console.log("dev"); }
                """)),
    ];
}
