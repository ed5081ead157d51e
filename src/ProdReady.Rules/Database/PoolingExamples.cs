using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Database;

internal static class PoolingExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "a SQLAlchemy engine with NullPool",
            ("app/db.py", """
                from sqlalchemy import create_engine
                from sqlalchemy.pool import NullPool

                engine = create_engine("postgresql://app@db/app", poolclass=[|NullPool|])
                """)),
        RuleExample.Bad(
            "Django production settings that close the connection after each request",
            ("mysite/settings.py", """
                DATABASES = {
                    "default": {
                        "ENGINE": "django.db.backends.postgresql",
                        "NAME": "app",
                        [|"CONN_MAX_AGE"|]: 0,
                    }
                }
                """)),
        RuleExample.Bad(
            "an appsettings.json connection string with pooling turned off",
            ("Api/appsettings.json", """
                {
                  "ConnectionStrings": {
                    [|"Default"|]: "Host=db;Database=app;Username=app;Pooling=false"
                  }
                }
                """)),
        RuleExample.Good(
            "a sized SQLAlchemy pool, and Django persistent connections with health checks",
            ("app/db.py", """
                from sqlalchemy.ext.asyncio import create_async_engine

                engine = create_async_engine(settings.DATABASE_URL, pool_size=10, max_overflow=20, pool_pre_ping=True)
                """),
            ("mysite/settings.py", """
                DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "CONN_MAX_AGE": 60, "CONN_HEALTH_CHECKS": True}}
                """)),
        RuleExample.Good(
            "NullPool in tests and CONN_MAX_AGE = 0 in development settings",
            ("tests/conftest.py", """
                from sqlalchemy import create_engine
                from sqlalchemy.pool import NullPool

                engine = create_engine("postgresql://app@localhost/test", poolclass=NullPool)
                """),
            ("mysite/settings/dev.py", """
                CONN_MAX_AGE = 0
                """)),
        RuleExample.Good(
            "asyncpg and EF Core DbContext pools",
            ("app/db.py", """
                import asyncpg


                async def connect():
                    return await asyncpg.create_pool(dsn="postgresql://db/app", min_size=2, max_size=10)
                """),
            ("Api/Program.cs", """
                builder.Services.AddDbContextPool<AppDb>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Default")));
                """)),
    ];
}
