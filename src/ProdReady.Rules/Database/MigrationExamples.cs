using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Database;

internal static class MigrationExamples
{
    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "SQLAlchemy models created with create_all and no Alembic (seed 004: 'no migration system')",
            ("python_backend/database.py", """
                from sqlalchemy import Column, Integer, String
                from sqlalchemy.orm import declarative_base

                Base = declarative_base()


                class User(Base):
                    __tablename__ = "users"
                    id = Column(Integer, primary_key=True)
                    email = Column(String, unique=True)


                async def init_db(engine):
                    async with engine.begin() as conn:
                        await conn.run_sync(Base.metadata.create_all)
                """),
            ("requirements.txt", """
                fastapi==0.110.0
                sqlalchemy==2.0.29
                """)),
        RuleExample.Bad(
            "Flask-SQLAlchemy models without Flask-Migrate",
            ("app/models.py", """
                from flask_sqlalchemy import SQLAlchemy

                db = SQLAlchemy()


                class Post(db.Model):
                    id = db.Column(db.Integer, primary_key=True)
                """)),
        RuleExample.Bad(
            "a Django app whose models have never been migrated; the other app has its migrations",
            ("events/models.py", """
                from django.db import models


                [|class|] Event(models.Model):
                    title = models.CharField(max_length=200)
                """),
            ("events/apps.py", """
                from django.apps import AppConfig
                """),
            ("officers/models.py", """
                from django.db import models


                class Officer(models.Model):
                    name = models.CharField(max_length=100)
                """),
            ("officers/migrations/0001_initial.py", """
                from django.db import migrations
                """)),
        RuleExample.Bad(
            "an EF Core DbContext with EnsureCreated and no Migrations folder",
            ("Api/Data/AppDbContext.cs", """
                using Microsoft.EntityFrameworkCore;

                public class AppDbContext : DbContext
                {
                    public DbSet<Order> Orders => Set<Order>();
                }
                """),
            ("Api/Program.cs", """
                using var scope = app.Services.CreateScope();
                scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureCreated();
                """)),
        RuleExample.Bad(
            "SQLModel tables declared through a base schema class, created with create_all",
            ("backend/app/models.py", """
                from sqlmodel import Field, SQLModel


                class UserBase(SQLModel):
                    email: str


                class User(UserBase, table=True):
                    id: int | None = Field(default=None, primary_key=True)
                """),
            ("backend/app/db.py", """
                from sqlmodel import SQLModel, create_engine

                engine = create_engine("postgresql://db/app")
                SQLModel.metadata.create_all(engine)
                """)),
        RuleExample.Good(
            "a GraphQL type named like a model in another app is not a model: Django finds models in models.py",
            ("requirements.txt", "Django==5.0.4\n"),
            ("shop/permission/models.py", """
                from django.db import models


                class Permission(models.Model):
                    codename = models.CharField(max_length=100)
                """),
            ("shop/permission/migrations/0001_initial.py", """
                from django.db import migrations
                """),
            ("shop/graphql/account/types.py", """
                from ...permission.types import Permission


                class UserPermission(Permission):
                    pass
                """)),
        RuleExample.Good(
            "SQLAlchemy 2 models with Alembic configured",
            ("app/models.py", """
                from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


                class Base(DeclarativeBase):
                    pass


                class Item(Base):
                    __tablename__ = "items"
                    id: Mapped[int] = mapped_column(primary_key=True)
                """),
            ("alembic.ini", """
                [alembic]
                script_location = migrations
                """),
            ("migrations/env.py", """
                from app.models import Base
                target_metadata = Base.metadata
                """)),
        RuleExample.Good(
            "Django apps with migrations, and an app holding only abstract models",
            ("core/models.py", """
                from django.db import models


                class TimeStamped(models.Model):
                    created = models.DateTimeField(auto_now_add=True)

                    class Meta:
                        abstract = True
                """),
            ("events/models.py", """
                from django.db import models
                from core.models import TimeStamped


                class Event(TimeStamped):
                    title = models.CharField(max_length=200)
                """),
            ("events/migrations/0001_initial.py", """
                from django.db import migrations
                """)),
        RuleExample.Good(
            "EF Core with migrations, and SQLModel/pydantic classes that are not tables",
            ("Api/Data/AppDbContext.cs", """
                public class AppDbContext : DbContext { }
                """),
            ("Api/Migrations/20240101000000_Initial.cs", """
                public partial class Initial : Migration { }
                """),
            ("app/schemas.py", """
                from sqlmodel import SQLModel


                class HeroRead(SQLModel):
                    name: str
                """)),
        RuleExample.Good(
            "a serializers package's models.py whose mixin shares its name with an abstract model mixin (netbox)",
            ("core/models/mixins.py", """
                from django.db import models


                class OwnerMixin(models.Model):
                    owner = models.ForeignKey("users.User", on_delete=models.CASCADE)

                    class Meta:
                        abstract = True
                """),
            ("api/serializers/models.py", """
                from .mixins import OwnerMixin


                class PrimaryModelSerializer(OwnerMixin, NetBoxModelSerializer):
                    pass
                """)),
    ];
}
