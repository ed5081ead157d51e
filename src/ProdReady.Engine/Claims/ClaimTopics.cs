using System.Collections.Immutable;
using static ProdReady.Engine.Claims.Probes;

namespace ProdReady.Engine.Claims;

/// <summary>
/// The one table that decides what a claim is about and how it is checked (docs/verify-claims.md lists it).
/// A claim's topic is the topic whose keyword appears first in its text; organisational wording wins over all.
/// </summary>
public static class ClaimTopics
{
    public static ClaimTopic Organisational { get; } = new()
    {
        Id = "organisational",
        Keywords = ["train(?:ed|ing)?\\b", "meetings?\\b", "workshops?\\b", "stakeholders?", "team\\b", "teams\\b", "slas?\\b", "service level agreement", "signed off", "sign-off", "agreed\\b", "documentation (?:written|updated|complete)", "onboard", "on-call rota"],
    };

    public static ImmutableArray<ClaimTopic> All { get; } =
    [
        Organisational,
        new()
        {
            Id = "rate-limiting",
            Keywords = ["rate[- ]?limit", "throttl", "ddos"],
            Contradicting = ["SCU002"],
            Supporting = ["SCU002"],
            Probes = [Dependency("slowapi", "flask-limiter", "django-ratelimit", "express-rate-limit", "rate-limiter-flexible", "AspNetCoreRateLimit"), Call("AddRateLimiter")],
        },
        new()
        {
            Id = "sql-injection-prevention",
            Keywords = ["sql[- ]injection", "parameteri[sz]ed quer"],
            Probes = [Dependency("sqlalchemy", "django", "sqlmodel", "peewee", "tortoise-orm", "prisma", "@prisma/client", "sequelize", "typeorm", "Microsoft.EntityFrameworkCore")],
        },
        new()
        {
            Id = "input-validation",
            Keywords = ["input (?:validation|saniti)", "sanitiz", "sanitis", "validat"],
            Contradicting = ["ML002"],
            Supporting = ["ML002"],
            Probes = [Call("field_validator", "validator", "model_validator", "conint", "confloat", "constr"), Dependency("marshmallow", "cerberus", "bleach", "joi", "zod", "yup", "express-validator", "celebrate", "FluentValidation")],
        },
        new()
        {
            Id = "audit-logging",
            Keywords = ["audit (?:log|trail)", "security event", "compliance log"],
            Probes = [Dependency("django-auditlog", "django-simple-history", "sqlalchemy-continuum", "django-easy-audit"), Line(@"getLogger\(\s*[""'][\w.]*audit", "**/*.py", "**/*.js", "**/*.ts", "**/*.cs")],
        },
        new()
        {
            Id = "structured-logging",
            Keywords = ["structured log", "json log"],
            Contradicting = ["OBS001", "OBS002"],
            Probes = [Dependency("structlog", "python-json-logger", "pino", "winston", "Serilog", "Serilog.AspNetCore")],
        },
        new()
        {
            Id = "logging",
            Keywords = ["centrali[sz]ed log", "log aggregation", "error (?:tracking and )?logging", "logging\\b", "elk\\b"],
            Contradicting = ["OBS001", "OBS002"],
            Supporting = ["OBS002"],
            Probes = [Dependency("structlog", "loguru", "python-json-logger", "pino", "winston", "Serilog")],
        },
        new()
        {
            Id = "health-checks",
            Keywords = ["health[- ]?checks?", "health endpoint", "health monitor", "liveness", "readiness probe"],
            Contradicting = ["OBS003", "OBS004"],
            Supporting = ["OBS003", "OBS004"],
            Probes = [Line(@"^[ \t]*HEALTHCHECK\s+(?!NONE)", "**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile"), Route("health")],
        },
        new()
        {
            Id = "metrics-monitoring-alerting",
            Keywords = ["metrics", "monitoring", "alert", "prometheus", "grafana", "dashboard", "observability", "apm\\b", "tracing"],
            Probes = [Dependency("prometheus-client", "prometheus_client", "prometheus-fastapi-instrumentator", "django-prometheus", "prom-client", "sentry-sdk", "@sentry/node", "opentelemetry-sdk", "@opentelemetry/sdk-node", "prometheus-net.AspNetCore"), File("**/prometheus*.yml", "**/alertmanager*.yml", "**/alert*.rules.yml", "**/grafana/**")],
        },
        new()
        {
            Id = "non-root-containers",
            Keywords = ["non-root", "rootless", "security-hardened docker", "hardened (?:docker|container|image)"],
            Contradicting = ["CTR001"],
            Probes = [Line(@"^[ \t]*USER\s+(?!root\b|0\b)\S+", "**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile", "**/Containerfile")],
        },
        new()
        {
            Id = "docker-compose",
            Keywords = ["docker[- ]compose", "compose file"],
            Contradicting = ["CTR002"],
            Supporting = ["CTR002"],
            Probes = [File("**/docker-compose*.yml", "**/docker-compose*.yaml", "**/compose*.yml", "**/compose*.yaml")],
        },
        new()
        {
            Id = "kubernetes",
            Keywords = ["kubernetes", "k8s", "helm", "container orchestration"],
            Probes = [File("**/Chart.yaml", "**/kustomization.yaml"), Line(@"^kind:\s*(?:Deployment|StatefulSet|DaemonSet)\s*$", "**/*.yml", "**/*.yaml")],
        },
        new()
        {
            Id = "containers",
            Keywords = ["dockerfile", "docker", "containers?\\b", "containeri[sz]"],
            Contradicting = ["CTR001"],
            Supporting = ["CTR001"],
            Probes = [File("**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile", "**/Containerfile")],
        },
        new()
        {
            Id = "ci-cd",
            Keywords = ["ci/cd", "ci\\b", "continuous (?:integration|deployment|delivery)", "pipelines?\\b", "github actions", "gitlab ci", "automated deploy"],
            Contradicting = ["CI001"],
            Supporting = ["CI001"],
            Probes = [File(".github/workflows/*.yml", ".github/workflows/*.yaml", ".gitlab-ci.yml", "azure-pipelines.yml", ".circleci/config.yml", "Jenkinsfile")],
        },
        new()
        {
            Id = "tests-and-coverage",
            Keywords = ["unit tests?", "integration tests?", "tests?\\b", "testing", "coverage", "load test"],
            Contradicting = ["TST001"],
            Supporting = ["TST001"],
            Probes = [Dependency("pytest", "pytest-cov", "coverage", "jest", "vitest", "mocha", "xunit", "nunit", "locust")],
        },
        new()
        {
            Id = "secrets-management",
            Keywords = ["secrets?\\b", "hard-?coded (?:secret|credential|password|key)", "credentials?", "vault\\b", "key management"],
            Contradicting = ["SEC001", "SEC002", "SEC003"],
            Supporting = ["SEC001", "SEC003"],
            Probes = [Dependency("hvac", "azure-keyvault-secrets", "@aws-sdk/client-secrets-manager", "Azure.Security.KeyVault.Secrets")],
        },
        new()
        {
            Id = "cors",
            Keywords = ["cors\\b", "cross-origin"],
            Contradicting = ["SCU001"],
            Supporting = ["SCU001"],
        },
        new()
        {
            Id = "tls-https",
            Keywords = ["tls\\b", "ssl\\b", "https\\b", "encryption in transit", "in transit", "hsts"],
            Probes = [Line(@"^[ \t]*ssl_certificate\s", "**/*.conf"), Line(@"SECURE_SSL_REDIRECT\s*=\s*True|UseHttpsRedirection|HTTPSRedirectMiddleware|UseHsts|helmet\.hsts", "**/*.py", "**/*.cs", "**/*.js", "**/*.ts")],
        },
        new()
        {
            Id = "jwt-expiry-refresh",
            Keywords = ["jwt", "token expir", "refresh tokens?", "access tokens?"],
            Contradicting = ["SCU004"],
            Supporting = ["SCU004"],
        },
        new()
        {
            Id = "password-hashing",
            Keywords = ["password hash", "hashing", "bcrypt", "argon2", "scrypt", "pbkdf2"],
            Contradicting = ["SCU003"],
            Supporting = ["SCU003"],
            Probes = [Dependency("bcrypt", "argon2-cffi", "passlib", "bcryptjs", "argon2")],
        },
        new()
        {
            Id = "migrations",
            Keywords = ["migrations?\\b", "alembic", "schema version"],
            Contradicting = ["DB002"],
            Supporting = ["DB002"],
            Probes = [File("**/alembic.ini", "**/migrations/env.py", "**/migrations/0001_*.py", "**/Migrations/*.cs", "**/prisma/migrations/**")],
        },
        new()
        {
            Id = "foreign-keys-constraints",
            Keywords = ["foreign[- ]keys?", "constraints?\\b", "unique index", "referential integrity"],
            Probes = [Call("ForeignKey", "UniqueConstraint", "CheckConstraint", "ForeignKeyConstraint"), Line(@"(?i)\b(?:REFERENCES|FOREIGN KEY|CHECK\s*\()", "**/*.sql")],
        },
        new()
        {
            Id = "connection-pooling",
            Keywords = ["connection pool", "pooling"],
            Contradicting = ["DB003"],
            Supporting = ["DB003"],
        },
        new()
        {
            Id = "caching",
            Keywords = ["cach(?:e|ing)", "redis", "memcached"],
            Probes = [Dependency("redis", "aioredis", "django-redis", "fastapi-cache2", "cachetools", "flask-caching", "ioredis", "node-cache", "StackExchange.Redis"), Line(@"^[ \t]*image:\s*[""']?(?:redis|memcached)\b", "**/docker-compose*.yml", "**/docker-compose*.yaml")],
        },
        new()
        {
            Id = "backups-disaster-recovery",
            Keywords = ["backups?\\b", "disaster recovery", "restore", "point-in-time recovery", "recovery procedures?"],
            Probes = [File("**/*backup*", "**/*restore*"), Line(@"\b(?:pg_dump|pg_basebackup|mysqldump|mongodump|velero|wal-g)\b", "**/*.sh", "**/*.yml", "**/*.yaml")],
        },
        new()
        {
            Id = "env-example",
            Keywords = ["\\.env\\.example", "env example", "environment template", "\\.env\\.sample"],
            Contradicting = ["CFG003"],
            Supporting = ["CFG003"],
            Probes = [File("**/.env.example", "**/.env.sample", "**/.env.template", "**/example.env")],
        },
        new()
        {
            Id = "environment-configuration",
            Keywords = ["environment (?:config|separation|variables)", "production config", "debug mode"],
            Contradicting = ["CFG001", "CFG002"],
            Supporting = ["CFG001"],
        },
        new()
        {
            Id = "error-handling",
            Keywords = ["error handl", "exception handl", "error tracking", "error messages"],
            Contradicting = ["OBS005"],
            Supporting = ["OBS005"],
        },
    ];

    /// <summary>The topic whose keyword occurs earliest in the text (table order breaks ties); organisational
    /// wording anywhere makes the claim organisational. Null when no keyword occurs.</summary>
    public static ClaimTopic? Classify(string text)
    {
        if (Organisational.Pattern.IsMatch(text))
        {
            return Organisational;
        }

        return All.Skip(1)
            .Select((topic, order) => (topic, order, match: topic.Pattern.Match(text)))
            .Where(t => t.match.Success)
            .OrderBy(t => t.match.Index).ThenBy(t => t.order)
            .Select(t => t.topic)
            .FirstOrDefault();
    }
}
