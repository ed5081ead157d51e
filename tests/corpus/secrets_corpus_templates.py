"""The secrets corpus's files: (path, template). @@name@@ is a generated value; "⟦family|note⟧" marks a positive line.
Unmarked non-blank lines are negatives and are written to look like secrets without being one."""

TEMPLATES = [
    ("orders/settings.py", r'''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@django_key@@"  ⟦generic|Django SECRET_KEY literal in production settings⟧
SECRET_KEY_FALLBACKS = [os.environ.get("OLD_SECRET_KEY", "")]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "orders.example.com").split(",")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "orders_app",
        "PASSWORD": "@@pw0@@",  ⟦generic|database password literal⟧
        "HOST": "db.internal.example.net",
    }
}
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]
AWS_ACCESS_KEY_ID = "@@aws_id@@"  ⟦aws|access key id⟧
AWS_SECRET_ACCESS_KEY = "@@aws_secret@@"  ⟦aws|secret access key in key/value context⟧
AWS_STORAGE_BUCKET_NAME = "orders-media-prod"
STRIPE_PUBLISHABLE_KEY = "@@stripe_pk@@"
STRIPE_SECRET_KEY = "@@stripe@@"  ⟦stripe|live secret key⟧
STRIPE_WEBHOOK_SECRET = "@@stripe_whsec@@"  ⟦stripe|webhook signing secret⟧
SENDGRID_API_KEY = os.getenv("SENDGRID_API_KEY")
PASSWORD_RESET_TIMEOUT = 259200
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
SENTRY_DSN = "https://@@hex32b@@@o450123.ingest.sentry.io/4504123"
CELERY_BROKER_URL = "amqp://orders:@@pw1@@@rabbitmq.internal:5672/orders"  ⟦url-credential|AMQP URL with password⟧
CELERY_RESULT_BACKEND = os.environ.get("REDIS_URL", "redis://localhost:6379/1")
CSRF_COOKIE_NAME = "orders_csrftoken"
'''),
    ("orders/local_settings_template.py", r'''
# Copy to local_settings.py and fill in. Never commit the copy.
SECRET_KEY = "<generate with: python -c 'import secrets; print(secrets.token_urlsafe(50))'>"
DATABASE_PASSWORD = "your-database-password"
STRIPE_SECRET_KEY = "sk_live_..."
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
OPENAI_API_KEY = "sk-proj-REPLACE_ME"
SLACK_BOT_TOKEN = "xoxb-your-bot-token-here"
'''),
    ("backend/app/core/config.py", r'''
import os

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    project_name: str = "Orders API"
    secret_key: str = "change-me-in-production"  ⟦weak|default secret key⟧
    jwt_secret: str = "jwt-secret-change-me"  ⟦weak|default JWT secret⟧
    access_token_expire_minutes: int = 60 * 24 * 8
    database_password: SecretStr
    redis_password: str | None = None
    first_superuser_password: str = "changethis"  ⟦weak|default superuser password⟧
    smtp_password: str = ""
    api_key_header: str = "X-API-Key"
    token_url: str = "/api/v1/login/access-token"
    password_min_length: int = 12
    openai_api_key: SecretStr = SecretStr("@@openai@@")  ⟦openai|project key⟧
    anthropic_api_key: str = Field(default_factory=lambda: os.environ["ANTHROPIC_API_KEY"])
    session_secret: str = os.getenv("SESSION_SECRET", "dev-session-secret")  ⟦weak|env fallback default⟧
    webhook_secret: str = os.environ.get("WEBHOOK_SECRET", "")
    hf_token: str | None = Field(default=None, alias="HF_TOKEN")


settings = Settings()
'''),
    ("backend/app/services/llm.py", r'''
import os
import secrets

import anthropic
from fastapi import Depends, HTTPException
from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
claude = anthropic.Anthropic(api_key="@@anthropic@@")  ⟦anthropic|API key⟧
HF_TOKEN = "@@hf@@"  ⟦huggingface|user access token⟧
OPENROUTER_KEY = "@@openrouter@@"  ⟦openrouter|API key⟧
MODEL_REVISION = "@@git_sha@@"
REQUEST_NAMESPACE = "@@uuid@@"
PROMPT_CACHE_KEY = "prompt-cache:v2:{tenant_id}:{model}"


def verify(api_key: str = Depends(api_key_header)) -> str:
    if not secrets.compare_digest(api_key, settings.api_key.get_secret_value()):
        raise HTTPException(status_code=401, detail="Invalid API key")
    return api_key


def bearer(request) -> str:
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    return token
'''),
    ("backend/app/models/user.py", r'''
from pydantic import BaseModel, EmailStr, SecretStr
from sqlalchemy import Column, String


class UserCreate(BaseModel):
    email: EmailStr
    password: str
    password_confirm: SecretStr


class ApiCredential(Base):
    __tablename__ = "api_credentials"
    hashed_password = Column(String(128), nullable=False)
    api_key_hash = Column(String(64), unique=True)
    token_prefix = Column(String(8))


def password_hint(user) -> str:
    return "Password must be at least 12 characters"
'''),
    ("backend/tests/test_auth.py", r'''
import pytest

from app.core.security import create_access_token, get_password_hash, verify_password

TEST_PASSWORD = "correct-horse-battery-staple"
ADMIN_TOKEN = "test-admin-token"
FAKE_GITHUB_TOKEN = "ghp_" + "x" * 36
INVALID_CHECKSUM_TOKEN = "@@ghp_bad@@"
STORED_HASH = "@@bcrypt@@"


def test_login_returns_token(client):
    response = client.post("/login", data={"username": "alice", "password": "s3cret-test-pw"})
    assert response.status_code == 200


def test_hash_round_trip():
    hashed = get_password_hash(TEST_PASSWORD)
    assert verify_password(TEST_PASSWORD, hashed)


@pytest.fixture
def settings_override(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "test-secret-key-for-pytest")
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
'''),
    ("backend/tests/fixtures/users.json", r'''
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "fixture-admin",
      "password": "@@pbkdf2@@",
      "email": "admin@example.com",
      "api_token": "test-token-0001"
    }
  }
]
'''),
    ("web/src/config.ts", r'''
export const config = {
  apiUrl: process.env.NEXT_PUBLIC_API_URL ?? "http://localhost:8000",
  stripeSecret: process.env.STRIPE_SECRET_KEY!,
  stripePublishable: "@@stripe_pk@@",
  slackWebhook: "@@slack_hook@@",  ⟦slack|incoming webhook URL⟧
  githubToken: "@@ghp@@",  ⟦github|classic token with valid checksum⟧
  geminiApiKey: "@@google_api@@",  ⟦google|API key⟧
  sentryDsn: import.meta.env.VITE_SENTRY_DSN,
  buildId: "@@git_sha2@@",
  passwordPolicy: { minLength: 12, requireSymbol: true },
  tokenStorageKey: "orders.auth.token",
};
'''),
    ("web/src/lib/supabase.ts", r'''
import { createClient } from "@supabase/supabase-js";

const url = process.env.SUPABASE_URL as string;
const serviceRoleKey = "@@jwt_service@@";  ⟦jwt|service-role JWT⟧
export const admin = createClient(url, serviceRoleKey, { auth: { persistSession: false } });
export const anonKeyName = "SUPABASE_ANON_KEY";
'''),
    ("server/index.js", r'''
const express = require("express");
const jwt = require("jsonwebtoken");
const sgMail = require("@sendgrid/mail");

const JWT_SECRET = process.env.JWT_SECRET || "supersecret";  ⟦weak|env fallback default⟧
const mongoUri = "mongodb+srv://admin:@@pw2@@@cluster0.ab1cd.mongodb.net/shop?retryWrites=true";  ⟦url-credential|MongoDB SRV URL with password⟧
sgMail.setApiKey("@@sendgrid@@");  ⟦sendgrid|API key⟧
const twilio = require("twilio")("@@twilio_sid@@", "@@twilio_token@@");  ⟦twilio|auth token beside the account SID⟧
const twilioAccount = "@@twilio_sid@@";
const discordToken = "@@discord@@";  ⟦discord|bot token⟧
const app = express();

app.post("/register", (req, res) => {
  const password = req.body.password;
  if (!password || password.length < 8) return res.status(400).json({ error: "Password too short" });
  const { password: _omit, ...safeUser } = req.body;
  const token = jwt.sign({ sub: safeUser.email }, process.env.JWT_SECRET, { expiresIn: "1h" });
  res.json({ token });
});
'''),
    ("server/routes/payments.ts", r'''
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "", { apiVersion: "2024-06-20" });
const restricted = new Stripe("@@stripe_rk@@");  ⟦stripe|restricted live key⟧
const idempotencyKey = crypto.randomUUID();
export const webhookSecret = process.env["STRIPE_WEBHOOK_SECRET"];
export const shopifyAdminToken = "@@shopify@@";  ⟦shopify|admin API access token⟧
export const shopifySharedSecret = "@@shopify_ss@@";  ⟦shopify|shared secret⟧
export const discordHook = "@@discord_hook@@";  ⟦discord|webhook URL with token⟧
'''),
    ("src/Orders.Api/Services/PaymentOptions.cs", r'''
namespace Orders.Api.Services;

public sealed class PaymentOptions
{
    public string ApiKey { get; init; } = "";

    public string WebhookSecret { get; init; } = string.Empty;

    public string Password { get; set; } = default!;
}
'''),
    ("src/Orders.Api/Program.cs", r'''
var builder = WebApplication.CreateBuilder(args);
var stripeKey = builder.Configuration["Stripe:ApiKey"];
var sendGrid = Environment.GetEnvironmentVariable("SENDGRID_API_KEY");
var jwtKey = builder.Configuration.GetValue<string>("Jwt:Key") ?? throw new InvalidOperationException("Jwt:Key is not set");
const string SquareAccessToken = "@@square@@";  ⟦square|access token⟧
const string SquareAppSecret = "@@square_secret@@";  ⟦square|application secret⟧
var sql = "Server=tcp:orders-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_admin;Password=@@pw3@@;Encrypt=True;";  ⟦url-credential|.NET connection string Password=⟧
var local = "Server=(localdb)\\mssqllocaldb;Database=Orders;Trusted_Connection=True;MultipleActiveResultSets=true";
builder.Services.Configure<PaymentOptions>(builder.Configuration.GetSection("Payments"));
var app = builder.Build();
app.Run();
'''),
    ("src/Orders.Api/appsettings.json", r'''
{
  "ConnectionStrings": {
    "Default": "Server=localhost;Database=Orders;Trusted_Connection=True;TrustServerCertificate=True",
    "Storage": "DefaultEndpointsProtocol=https;AccountName=ordersprod;AccountKey=@@azure_storage@@;EndpointSuffix=core.windows.net"  ⟦azure|storage account key in connection string⟧
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "ClientId": "@@uuid2@@",
    "TenantId": "@@uuid3@@",
    "ClientSecret": "@@azure_ad@@"  ⟦azure|Entra ID client secret⟧
  },
  "Jwt": {
    "Issuer": "https://orders.example.com",
    "Key": "@@b64_44@@"  ⟦generic|JWT signing key⟧
  },
  "Blob": {
    "SasUrl": "https://ordersprod.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&sig=@@azure_sig@@"  ⟦azure|SAS token signature⟧
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
'''),
    ("src/Orders.Api/appsettings.Production.json", r'''
{
  "Jwt": { "Key": "" },
  "Payments": { "ApiKey": "${PAYMENTS_API_KEY}", "WebhookSecret": "#{WebhookSecret}#" },
  "Storage": { "AccountKey": "<storage-account-key>" },
  "Redis": { "Password": "{{ redis_password }}" }
}
'''),
    ("src/Orders.Api/Web.config", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SendGridApiKey" value="@@sendgrid@@" />  ⟦sendgrid|API key in appSettings⟧
    <add key="PasswordMinLength" value="12" />
    <add key="TokenLifetimeMinutes" value="60" />
  </appSettings>
  <connectionStrings>
    <add name="Legacy" connectionString="Data Source=sql01;Initial Catalog=Legacy;User Id=legacy_app;Password=@@pw4@@;" />  ⟦url-credential|.NET connection string Password=⟧
    <add name="Reports" connectionString="Data Source=sql01;Initial Catalog=Reports;Integrated Security=SSPI;" />
  </connectionStrings>
</configuration>
'''),
    ("service/src/main/resources/application.properties", r'''
spring.datasource.url=jdbc:postgresql://db.prod.internal:5432/orders
spring.datasource.username=orders
spring.datasource.password=@@pw5@@  ⟦generic|datasource password⟧
spring.mail.password=${MAIL_PASSWORD}
jwt.secret=@@hex64@@  ⟦generic|JWT signing secret⟧
jwt.expiration-ms=86400000
management.endpoints.web.exposure.include=health,info
spring.security.oauth2.client.registration.github.client-id=Iv1.@@hex16@@
spring.security.oauth2.client.registration.github.client-secret=@@hex40@@  ⟦generic|GitHub OAuth client secret⟧
app.reporting.jdbc-url=jdbc:mysql://reports.internal:3306/reports?user=reporter&password=@@pw6@@  ⟦url-credential|JDBC URL with password parameter⟧
server.ssl.key-store-password=${KEYSTORE_PASSWORD:}
'''),
    ("service/src/main/java/com/acme/orders/MailConfig.java", r'''
package com.acme.orders;

import org.springframework.beans.factory.annotation.Value;

public class MailConfig {
    private static final String MAILGUN_KEY = "@@mailgun@@";  ⟦mailgun|API key⟧
    private static final String PASSWORD_PATTERN = "^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z]).{12,}$";
    private final String apiKey = System.getenv("MAILGUN_API_KEY");

    @Value("${stripe.secret}")
    private String stripeSecret;

    @Value("${mail.password:}")
    private String mailPassword;
}
'''),
    ("service/src/test/java/com/acme/orders/MailConfigTest.java", r'''
package com.acme.orders;

class MailConfigTest {
    private static final String TEST_PASSWORD = "password123";
    private static final String DUMMY_KEY = "key-00000000000000000000000000000000";
    private static final String EXAMPLE_ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
}
'''),
    ("worker/cmd/worker/main.go", r'''
package main

import (
	"os"
)

const doToken = "@@digitalocean@@" ⟦digitalocean|personal access token⟧
var telegramBot = "@@telegram@@" ⟦telegram|bot token⟧

func main() {
	token := os.Getenv("GITHUB_TOKEN")
	dsn := "postgres://worker:@@pw7@@@pg.internal:5432/jobs?sslmode=require" ⟦url-credential|PostgreSQL URL with password⟧
	apiKey, ok := os.LookupEnv("LINEAR_API_KEY")
	password := flag.String("password", "", "database password")
	_ = []any{token, dsn, apiKey, ok, password}
}
'''),
    ("worker/go.sum", r'''
github.com/google/uuid v1.6.0 @@gosum@@
github.com/google/uuid v1.6.0/go.mod @@gosum2@@
'''),
    (".env", r'''
DATABASE_URL=postgres://app:@@pw8@@@prod-db.internal:5432/app ⟦url-credential|PostgreSQL URL in committed .env⟧
REDIS_URL=redis://:@@pw9@@@redis.internal:6379/0 ⟦url-credential|Redis URL with password⟧
SECRET_KEY=@@urlsafe48@@ ⟦generic|secret key in committed .env⟧
GITLAB_TOKEN=@@glpat@@ ⟦gitlab|personal access token⟧
GITLAB_RUNNER_TOKEN=@@glrt@@ ⟦gitlab|runner token⟧
NPM_TOKEN=@@npm@@ ⟦npm|access token⟧
PYPI_TOKEN=@@pypi@@ ⟦pypi|upload token⟧
LINEAR_API_KEY=@@linear@@ ⟦linear|API key⟧
NOTION_TOKEN=@@notion@@ ⟦notion|integration token⟧
GITHUB_APP_TOKEN=@@ghs@@ ⟦github|server-to-server token⟧
DEBUG=false
ALLOWED_HOSTS=api.example.com
SENTRY_ENVIRONMENT=production
PASSWORD_RESET_TTL=3600
'''),
    (".env.example", r'''
DATABASE_URL=postgres://app:password@localhost:5432/app
SECRET_KEY=change-me
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
OPENAI_API_KEY=sk-...
GITHUB_TOKEN=<your-github-token>
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
SLACK_BOT_TOKEN=xoxb-your-bot-token
JWT_SECRET=
REDIS_PASSWORD=${REDIS_PASSWORD}
HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
ANTHROPIC_API_KEY=your-anthropic-api-key
'''),
    (".env.production", r'''
OPENAI_API_KEY=@@openai_svc@@ ⟦openai|service account key⟧
ANTHROPIC_ADMIN_KEY=@@anthropic_admin@@ ⟦anthropic|admin key⟧
POSTMAN_API_KEY=@@postman@@ ⟦postman|API key⟧
DOPPLER_TOKEN=@@doppler@@ ⟦doppler|service token⟧
DATABRICKS_TOKEN=@@databricks@@ ⟦databricks|personal access token⟧
GRAFANA_SERVICE_ACCOUNT_TOKEN=@@grafana@@ ⟦grafana|service account token⟧
NEW_RELIC_API_KEY=@@newrelic@@ ⟦newrelic|user API key⟧
PULUMI_ACCESS_TOKEN=@@pulumi@@ ⟦pulumi|access token⟧
SOPS_AGE_KEY=@@age@@ ⟦age|age secret key⟧
ALIBABA_CLOUD_ACCESS_KEY_ID=@@alibaba_id@@ ⟦alibaba|access key id⟧
ALIBABA_CLOUD_ACCESS_KEY_SECRET=@@alibaba_secret@@ ⟦alibaba|access key secret⟧
SUPABASE_ACCESS_TOKEN=@@supabase@@ ⟦supabase|management API token⟧
SENTRY_AUTH_TOKEN=@@sentry@@ ⟦sentry|user auth token⟧
MAILCHIMP_API_KEY=@@mailchimp@@ ⟦mailchimp|API key⟧
BUILDKITE_API_TOKEN=@@buildkite@@ ⟦buildkite|user API token⟧
FIGMA_TOKEN=@@figma@@ ⟦figma|personal access token⟧
TWILIO_API_KEY=@@twilio_key@@ ⟦twilio|API key SID beside its secret⟧
TWILIO_API_SECRET=@@alpha32c@@ ⟦twilio|API key secret⟧
STRIPE_PUBLISHABLE_KEY=@@stripe_pk@@
TWILIO_ACCOUNT_SID=@@twilio_sid@@
AWS_REGION=eu-west-1
'''),
    ("config/production.yaml", r'''
database:
  host: pg.prod.internal
  user: api
  password: "@@pw10@@" ⟦generic|database password⟧
  password_file: /run/secrets/db_password
redis:
  url: redis://default:@@alpha32b@@@cache.prod.internal:6379 ⟦url-credential|Redis URL with password⟧
oauth:
  google:
    client_id: @@google_client_id@@
    client_secret: @@google_oauth@@ ⟦google|OAuth client secret⟧
smtp:
  password: ${SMTP_PASSWORD}
datadog:
  api_key: "@@hex32@@" ⟦generic|Datadog API key⟧
features:
  token_ttl_seconds: 3600
  secret_rotation_days: 90
  api_key_header: X-Api-Key
'''),
    ("config/settings.toml", r'''
[database]
host = "pg.prod.internal"
password = "@@pw11@@" ⟦generic|database password⟧
password_env = "DB_PASSWORD"

[storage]
access_key_id = "@@aws_id2@@" ⟦aws|access key id⟧
secret_access_key = "@@aws_secret2@@" ⟦aws|secret access key⟧
checksum = "@@sha256@@"

[auth]
session_secret = "{{ session_secret }}"
token_audience = "orders-api"
'''),
    (".pypirc", r'''
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = @@pypi2@@ ⟦pypi|upload token in .pypirc⟧
'''),
    ("alembic.ini", r'''
[alembic]
script_location = migrations
sqlalchemy.url = postgresql://%(DB_USER)s:%(DB_PASS)s@%(DB_HOST)s/orders

[logger_root]
level = WARN
'''),
    ("deploy/maven-settings.xml", r'''
<settings>
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deployer</username>
      <password>@@pw6@@</password> ⟦generic|Maven repository password⟧
    </server>
    <server>
      <id>nexus-snapshots</id>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
'''),
    ("deploy/k8s/secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: api-secrets
type: Opaque
data:
  DATABASE_PASSWORD: @@b64_pw@@ ⟦generic|base64 of a strong password in a Secret⟧
  STRIPE_SECRET_KEY: @@stripe_b64@@ ⟦stripe|base64-encoded live key in a Secret⟧
  LOG_LEVEL: aW5mbw==
stringData:
  SLACK_BOT_TOKEN: "@@xoxb@@" ⟦slack|bot token⟧
  API_BASE_URL: https://api.example.com
'''),
    ("deploy/k8s/configmap.yaml", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: api-config
data:
  PASSWORD_MIN_LENGTH: "12"
  TOKEN_ISSUER: https://auth.example.com
  JWKS_URL: https://auth.example.com/.well-known/jwks.json
  SECRET_NAME: api-secrets
  CACHE_KEY_PREFIX: orders
'''),
    ("deploy/helm/templates/secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "orders.fullname" . }}
data:
  DATABASE_PASSWORD: {{ .Values.database.password | b64enc | quote }}
stringData:
  API_KEY: "REPLACE_ME"
  JWT_SECRET: {{ required "jwt.secret is required" .Values.jwt.secret | quote }}
'''),
    ("infra/main.tf", r'''
provider "aws" {
  region     = "eu-west-1"
  access_key = "@@aws_id@@" ⟦aws|access key id in provider block⟧
  secret_key = "@@aws_secret@@" ⟦aws|secret key in provider block⟧
}

resource "random_password" "db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "main" {
  username = "orders"
  password = random_password.db.result
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "cloudflare_api_token" {
  default = "@@urlsafe40@@" ⟦generic|API token as a variable default⟧
}

provider "github" {
  token = var.github_token
}
'''),
    ("infra/terraform.tfvars", r'''
db_password   = "@@pw1@@" ⟦generic|password in tfvars⟧
vault_token   = "@@vault@@" ⟦vault|HashiCorp Vault service token⟧
tfc_token     = "@@terraform@@" ⟦terraform|Terraform Cloud API token⟧
region        = "eu-west-1"
instance_type = "t3.medium"
'''),
    ("docker/Dockerfile", r'''
FROM python:3.12-slim@sha256:@@sha256b@@
ENV PYTHONDONTWRITEBYTECODE=1
ARG NPM_TOKEN
ENV DJANGO_SECRET_KEY=@@urlsafe64@@ ⟦generic|secret key baked into the image⟧
ENV API_TOKEN=${API_TOKEN}
ENV HUGGING_FACE_HUB_TOKEN=@@hf2@@ ⟦huggingface|token baked into the image⟧
RUN echo "//registry.npmjs.org/:_authToken=@@npm2@@" > /root/.npmrc ⟦npm|token written into .npmrc⟧
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . /app
'''),
    ("docker-compose.yml", r'''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: @@pw2@@ ⟦generic|database password in compose⟧
  api:
    build: .
    environment:
      - DATABASE_URL=postgresql://orders:@@pw2@@@db:5432/orders ⟦url-credential|compose URL with password⟧
      - SECRET_KEY=${SECRET_KEY:?set SECRET_KEY}
      - REDIS_URL=redis://redis:6379/0
      - DOCKERHUB_TOKEN=@@dockerhub@@ ⟦dockerhub|personal access token⟧
  grafana:
    image: grafana/grafana:11.2.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: admin ⟦weak|default admin password⟧
      GF_SECURITY_SECRET_KEY_FILE: /run/secrets/grafana_key
'''),
    ("scripts/deploy.sh", r'''
#!/usr/bin/env bash
set -euo pipefail
export HEROKU_API_KEY="@@heroku@@" ⟦heroku|API key⟧
curl -fsS -u "deploy:@@pw3@@" https://ci.example.com/api/trigger ⟦generic|basic-auth password on the command line⟧
curl -fsS -H "Authorization: Bearer ${DEPLOY_TOKEN}" https://api.example.com/deploy
echo "$DOCKER_PASSWORD" | docker login -u ci --password-stdin
git clone https://oauth2:@@glpat2@@@gitlab.com/acme/infra.git ⟦gitlab|token in a clone URL⟧
PGPASSWORD="@@pw5@@" psql -h db.prod.internal -U orders -c "select 1" ⟦generic|PGPASSWORD literal⟧
export AWS_PROFILE=prod
TOKEN=$(vault kv get -field=token secret/deploy)
SHA=$(git rev-parse HEAD)
'''),
    (".github/workflows/deploy.yml", r'''
name: deploy
on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}
      RELEASE_TOKEN: @@github_pat@@ ⟦github|fine-grained token pasted into a workflow⟧
    steps:
      - uses: actions/checkout@@@git_sha@@
      - run: ./scripts/deploy.sh
'''),
    (".npmrc", r'''
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@acme:registry=https://npm.pkg.github.com
always-auth=true
'''),
    ("docs/DEPLOYMENT.md", r'''
# Deploying the monitoring API

## Before deployment

Generate a new key with `python -c "import secrets; print(secrets.token_urlsafe(48))"` and store it in the vault.

## Railway database connection

```bash
DATABASE_MODE=postgres
DATABASE_URL_POSTGRES="postgresql://postgres:@@alpha32@@@tokaido.proxy.example.net:29535/railway" ⟦url-credential|PostgreSQL URL pasted into a guide⟧
REDIS_URL="redis://default:@@alpha32b@@@railyard.proxy.example.net:10457" ⟦url-credential|Redis URL pasted into a guide⟧
S3_ENDPOINT="https://objects.storage.example.dev"
S3_BUCKET="orders-backups-qphv"
S3_ACCESS_KEY="@@tigris_id@@" ⟦s3-compatible|S3-compatible access key id⟧
S3_SECRET_KEY="@@tigris_secret@@" ⟦s3-compatible|S3-compatible secret key⟧
```

## Calling the API

```bash
curl -H "Authorization: Bearer @@jwt_docs@@" https://api.example.com/v1/me
curl -H "Authorization: Bearer @@jwt_api@@" https://api.example.com/v1/payments ⟦jwt|a real service token in the guide⟧
curl -H "X-API-Key: $API_KEY" https://api.example.com/v1/orders
```

Set `SECRET_KEY`, `DATABASE_URL` and `STRIPE_SECRET_KEY` in the platform's secret store; never paste them here.
The staging key `sk_live_…4f2a` was rotated on 2026-03-01.
Example: `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` are AWS's documented sample keys.
'''),
    ("docs/runbook.md", r'''
# On-call runbook

1. Find the failing pod with `kubectl get pods -l app=orders`.
2. The database password lives in Vault at `secret/orders/db` (key `password`).
3. Rotate a leaked token: revoke it at the provider, then run `./scripts/rotate.sh TOKEN_NAME`.
4. The release commit for 2.4.0 is @@git_sha2@@.
5. Grafana's admin login is managed by SSO; there is no shared password.
6. Request id format: @@uuid@@.
'''),
    ("web/package-lock.json", r'''
{
  "name": "orders-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "@@sri512@@"
    },
    "node_modules/secret-handshake": {
      "version": "1.1.21",
      "integrity": "@@sri512b@@"
    },
    "node_modules/tokenizer": {
      "integrity": "@@sri512c@@"
    }
  }
}
'''),
    ("web/yarn.lock", r'''
"password-validator@^5.3.0":
  version "5.3.0"
  resolved "https://registry.yarnpkg.com/password-validator/-/password-validator-5.3.0.tgz#@@sha1@@"
  integrity @@sri512@@
'''),
    ("backend/poetry.lock", r'''
[[package]]
name = "python-jose"
version = "3.3.0"
files = [
    {file = "python_jose-3.3.0-py2.py3-none-any.whl", hash = "sha256:@@sha256c@@"},
]
'''),
    ("web/public/index.html", r'''
<!doctype html>
<html>
<head>
  <meta name="google-site-verification" content="@@urlsafe43@@">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.min.js" integrity="@@sri384@@" crossorigin="anonymous"></script>
  <link rel="icon" href="data:image/png;base64,@@image_b64@@">
  <meta name="csrf-token" content="{{ csrf_token }}">
</head>
<body>
  <input type="password" name="password" autocomplete="current-password" placeholder="Password">
</body>
</html>
'''),
    ("web/src/api/cache.ts", r'''
export const etag = "W/\"@@etag@@\"";
export const cacheKey = (token: string) => `session:${token.slice(0, 8)}`;
export const storageToken = localStorage.getItem("auth_token");
export const SECRET_HEADER = "X-Orders-Signature";
'''),
    ("certs/server.key", r'''
@@rsa@@ ⟦private-key|RSA private key⟧
'''),
    ("certs/server.crt", r'''
@@certificate@@
'''),
    ("keys/signing-ec.pem", r'''
@@ec@@ ⟦private-key|EC private key⟧
'''),
    ("keys/jwt-ed25519.pem", r'''
@@pkcs8@@ ⟦private-key|PKCS#8 private key⟧
'''),
    ("keys/jwt-ed25519.pub.pem", r'''
@@public_pem@@
'''),
    ("keys/legacy-dsa.pem", r'''
@@dsa@@ ⟦private-key|DSA private key⟧
'''),
    ("keys/backup-encrypted.pem", r'''
@@encrypted@@ ⟦private-key|passphrase-encrypted PKCS#8 key⟧
'''),
    ("deploy/ssh/id_ed25519", r'''
@@openssh@@ ⟦private-key|OpenSSH private key⟧
'''),
    ("deploy/ssh/id_ed25519.pub", r'''
@@ssh_public@@
'''),
    ("deploy/ssh/authorized_keys", r'''
@@ssh_public@@
'''),
    ("keys/release-signing.asc", r'''
@@pgp@@ ⟦private-key|PGP private key block⟧
'''),
    ("deploy/gcp/service-account.json", r'''
{
  "type": "service_account", ⟦google|service-account key file|+3|sa_key⟧
  "project_id": "orders-prod-412345",
  "private_key_id": "@@gcp_key_id@@",
  "private_key": "@@sa_key@@",
  "client_email": "orders-api@orders-prod-412345.iam.gserviceaccount.com",
  "client_id": "104857391027364519283",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
'''),
    ("backend/app/integrations/google_maps.py", r'''
import os

GOOGLE_MAPS_KEY = "@@google_api2@@"  ⟦google|API key in server code⟧
GOOGLE_MAPS_KEY_ENV = os.environ.get("GOOGLE_MAPS_KEY")
PLACE_ID_EXAMPLE = "ChIJN1t_tDeuEmsRUsoyG83frY4"
GITHUB_OAUTH_TOKEN = "@@gho@@"  ⟦github|OAuth token⟧
AWS_SESSION_KEY_ID = "@@aws_sts@@"  ⟦aws|temporary access key id⟧
'''),
    ("backend/app/integrations/slack.py", r'''
from slack_sdk import WebClient

client = WebClient(token="@@xoxp@@")  ⟦slack|user token⟧
SIGNING_SECRET_NAME = "SLACK_SIGNING_SECRET"
CHANNEL_ID = "C07ABCDE123"


def post(text: str, token: str | None = None) -> None:
    client.chat_postMessage(channel=CHANNEL_ID, text=text, token=token)
'''),
    ("backend/app/core/security.py", r'''
import os

from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["argon2"], deprecated="auto")
ALGORITHM = "HS256"
SECRET_KEY = os.environ["SECRET_KEY"]
API_SECRET = os.getenv("API_SECRET") or "secret"  ⟦weak|fallback literal "secret"⟧
ADMIN_PASSWORD = "admin123"  ⟦weak|hard-coded weak admin password⟧
DJANGO_FALLBACK = "@@django_insecure@@"  ⟦weak|django-insecure key⟧
REFRESH_TOKEN_COOKIE = "refresh_token"
PASSWORD_RESET_TOKEN_EXPIRE_HOURS = 48


def get_password_hash(password: str) -> str:
    return pwd_context.hash(password)
'''),
    ("src/Orders.Api/Auth/TokenService.cs", r'''
namespace Orders.Api.Auth;

public sealed class TokenService(IConfiguration configuration)
{
    private const string SigningKey = "@@hex64b@@";  ⟦generic|JWT signing key constant⟧
    private const string TokenType = "Bearer";
    private readonly string _issuer = configuration["Jwt:Issuer"] ?? "orders";
    private readonly string? _apiKey = configuration.GetConnectionString("ApiKey");
    private static readonly string DevelopmentKey = "dev-signing-key-change-me";  ⟦weak|change-me key⟧
}
'''),
    ("src/Orders.Api/Properties/launchSettings.json", r'''
{
  "profiles": {
    "Orders.Api": {
      "commandName": "Project",
      "applicationUrl": "https://localhost:7043;http://localhost:5043",
      "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development" }
    }
  }
}
'''),
]
