using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Database;

internal static class SqliteExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "pydantic settings default to an aiosqlite file (seed 004)",
            ("python_backend/config.py", """
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    [|DATABASE_URL|]: str = "sqlite+aiosqlite:///./uptimeai.db"
                """)),
        RuleExample.Bad(
            "Django settings.py as startproject wrote it (seed 002)",
            ("sentinel/settings.py", """
                DATABASES = {
                    "default": {
                        [|"ENGINE"|]: "django.db.backends.sqlite3",
                        "NAME": BASE_DIR / "db.sqlite3",
                    }
                }
                """)),
        RuleExample.Bad(
            "Flask config class, app.config.update and a SQLAlchemy engine opened on a SQLite file",
            ("app/config.py", """
                import os


                class Config:
                    [|SQLALCHEMY_DATABASE_URI|] = os.environ.get("DATABASE_URL", "sqlite:///app.db")
                """),
            ("app/db.py", """
                from sqlalchemy import create_engine

                engine = create_engine([|"sqlite:///./data/app.db"|], connect_args={"check_same_thread": False})
                """),
            ("app/__init__.py", """
                from flask import Flask

                app = Flask(__name__)
                app.config.update(SQLALCHEMY_DATABASE_URI=[|"sqlite:///site.db"|])
                """)),
        RuleExample.Bad(
            "EF Core with UseSqlite only, and an appsettings.json connection string to a .db file",
            ("Api/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddDbContext<AppDb>(o => [|o.UseSqlite|](builder.Configuration.GetConnectionString("Default")));
                """),
            ("Api/appsettings.json", """
                {
                  "ConnectionStrings": {
                    [|"Default"|]: "Data Source=app.db"
                  }
                }
                """)),
        RuleExample.Bad(
            "a knex client configured for sqlite3 in an Express server",
            ("server/db.js", """
                const knex = require("knex");

                const db = knex({ client: [|"sqlite3"|], connection: { filename: "./data.sqlite" } });
                module.exports = db;
                """)),
        RuleExample.Good(
            "SQLite in tests, development settings and a DevelopmentConfig class",
            ("tests/conftest.py", """
                from sqlalchemy import create_engine

                engine = create_engine("sqlite:///./app.db")
                """),
            ("mysite/settings/dev.py", """
                DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
                """),
            ("app/config.py", """
                import os


                class DevelopmentConfig:
                    SQLALCHEMY_DATABASE_URI = "sqlite:///app.db"


                class ProductionConfig:
                    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
                """)),
        RuleExample.Good(
            "in-memory and dev-named SQLite fallbacks, and a PostgreSQL default",
            ("app/settings.py", """
                import os

                DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///./dev.db")
                CACHE_DB = "sqlite://"
                """),
            ("app/config.py", """
                from pydantic_settings import BaseSettings


                class Settings(BaseSettings):
                    DATABASE_URL: str = "postgresql+asyncpg://app@db:5432/app"
                """)),
        RuleExample.Good(
            "a SQLite fallback that the production env file replaces with PostgreSQL only serves local runs",
            ("app/hello_django/settings.py", """
                import os

                DATABASES = {
                    "default": {
                        "ENGINE": os.environ.get("SQL_ENGINE", "django.db.backends.sqlite3"),
                        "NAME": os.environ.get("SQL_DATABASE", "db.sqlite3"),
                    }
                }
                """),
            (".env.prod-sample", """
                SQL_ENGINE=django.db.backends.postgresql
                SQL_DATABASE=hello_django_prod
                """)),
        RuleExample.Good(
            "appsettings.SQLite.json is one provider variant among several, not the deployed configuration",
            ("Web/appsettings.SQLite.json", """
                { "ConnectionStrings": { "Default": "DataSource=app.db;Cache=Shared" } }
                """),
            ("Web/appsettings.PostgreSQL.json", """
                { "ConnectionStrings": { "Default": "Host=db;Database=app" } }
                """)),
        RuleExample.Good(
            "EF Core picks SQLite in development and SQL Server otherwise",
            ("Api/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                if (builder.Environment.IsDevelopment())
                    builder.Services.AddDbContext<AppDb>(o => o.UseSqlite("Data Source=dev.db"));
                else
                    builder.Services.AddDbContext<AppDb>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Default")));
                """)),
        RuleExample.Good(
            "SQLite is one provider of several: its design-time factory builds migrations, and the app chooses by configuration",
            ("util/SqliteMigrations/Factories.cs", """
                public class DatabaseContextFactory : IDesignTimeDbContextFactory<DatabaseContext>
                {
                    public DatabaseContext CreateDbContext(string[] args) =>
                        new(new DbContextOptionsBuilder<DatabaseContext>().UseSqlite("Data Source=design.db").Options);
                }
                """),
            ("src/Infrastructure/ServiceCollectionExtensions.cs", """
                public static class ServiceCollectionExtensions
                {
                    public static void AddDatabase(this IServiceCollection services, string provider, string connection) =>
                        services.AddDbContext<DatabaseContext>(o =>
                        {
                            if (provider == "sqlite") o.UseSqlite(connection);
                            else o.UseNpgsql(connection);
                        });
                }
                """)),
    ];
}
