using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Secrets;

internal static class HardcodedSecretExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "Django settings.py with the key startproject generated (seed 002)",
            ("sentinel/settings.py", """
                from pathlib import Path

                BASE_DIR = Path(__file__).resolve().parent.parent
                [|SECRET_KEY|] = 'django-insecure-_@nvgins35yhs46g56b@&^@!km$7c$1y!b(+tauyjg7prmkb=j'
                DEBUG = False
                """)),
        RuleExample.Bad(
            "a real API key as a pydantic default, and a random JWT key as an os.getenv fallback",
            ("app/config.py", """
                import os
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    [|OPENAI_API_KEY|]: str = "sk-proj-4fJ9sK2LmQ8xR7tW1vB3nZ5cY6hD0aE"


                [|JWT_SECRET|] = os.getenv("JWT_SECRET", "9f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c6")
                """)),
        RuleExample.Bad(
            "an Express config module and an ASP.NET Core appsettings.json with real-looking keys",
            ("server/config.js", """
                module.exports = {
                  [|jwtSecret|]: "Zx8kLp2Qw9mNv4Rt6Yb1Hs3Jd7Fg5Ka",
                  port: 3000,
                };
                """),
            ("Api/appsettings.json", """
                {
                  "Jwt": {
                    [|"Key"|]: "q8Vn3LzR7wK2pX9mT4bY6cJ1hF5dS0aG",
                    "Issuer": "api"
                  }
                }
                """)),
        RuleExample.Bad(
            "a database URL with a real password embedded",
            ("settings.py", """
                [|DATABASE_URL|] = "postgresql://app:Gk7pW2qLz9vX4mTb@db.prod.internal:5432/app"
                """)),
        RuleExample.Good(
            "a user-facing message kept in a secret-named constant is prose, not a credential",
            ("shop/graphql/account/mutations/base.py", """
                INVALID_TOKEN = "Invalid or expired token."
                MISSING_PASSWORD_MESSAGE = "Your password is required to continue here."
                """)),
        RuleExample.Good(
            "secrets read from the environment with no default, type annotations, empty strings and templates",
            ("app/config.py", """
                import os
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    SECRET_KEY: str
                    password: str
                    STRIPE_API_KEY: str = ""
                    DATABASE_URL: str = "postgresql://app:${DB_PASSWORD}@db:5432/app"


                JWT_SECRET = os.environ["JWT_SECRET"]
                """)),
        RuleExample.Good(
            "names that only look secret: token URLs, length limits, the name of a variable, expiry times",
            ("app/security.py", """
                TOKEN_URL = "/api/auth/token"
                PASSWORD_MIN_LENGTH = 8
                SECRET_KEY_NAME = "SECRET_KEY"
                ACCESS_TOKEN_EXPIRE_MINUTES = 30
                PRIVATE_KEY_PATH = "/run/secrets/jwt_private_key.pem"
                """)),
        RuleExample.Good(
            "front-end storage keys and a Firebase browser key are not secrets",
            ("src/lib/auth.ts", """
                export const ACCESS_TOKEN = "access_token";
                export const firebaseConfig = { apiKey: "AIzaSyD4x7Qk2LmN9pR3sT5vW8yZ1aB6cE0fG2h", authDomain: "app.firebaseapp.com" };
                """)),
        RuleExample.Good(
            "test settings, fixtures and .env.example files are not production configuration",
            ("tests/settings.py", """
                SECRET_KEY = "t8Kq2LzR7wX9mV4bN6cJ1hF5dS0aGpYe"
                """),
            ("backend/.env.example", """
                SECRET_KEY=q8Vn3LzR7wK2pX9mT4bY6cJ1hF5dS0aG
                """)),
        RuleExample.Good(
            "weak placeholders are reported by SEC002, not here",
            ("config.py", """
                SECRET_KEY = "change-me-in-production"
                JWT_SECRET_KEY = "jwt-secret-change-me"
                """)),
    ];
}
