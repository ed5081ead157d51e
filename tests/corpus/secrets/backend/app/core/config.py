import os

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    project_name: str = "Orders API"
    secret_key: str = "change-me-in-production"
    jwt_secret: str = "jwt-secret-change-me"
    access_token_expire_minutes: int = 60 * 24 * 8
    database_password: SecretStr
    redis_password: str | None = None
    first_superuser_password: str = "changethis"
    smtp_password: str = ""
    api_key_header: str = "X-API-Key"
    token_url: str = "/api/v1/login/access-token"
    password_min_length: int = 12
    openai_api_key: SecretStr = SecretStr("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")
    anthropic_api_key: str = Field(default_factory=lambda: os.environ["ANTHROPIC_API_KEY"])
    session_secret: str = os.getenv("SESSION_SECRET", "dev-session-secret")
    webhook_secret: str = os.environ.get("WEBHOOK_SECRET", "")
    hf_token: str | None = Field(default=None, alias="HF_TOKEN")


settings = Settings()
