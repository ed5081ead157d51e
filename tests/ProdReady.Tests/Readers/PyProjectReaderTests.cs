using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class PyProjectReaderTests
{
    private readonly PyProjectReader _reader = new();

    [Fact]
    public void Reads_pep621_optional_and_dependency_groups()
    {
        var text = """
            [project]
            name = "api"
            dependencies = [
                "fastapi>=0.110",  # web
                'SQLAlchemy[asyncio]==2.0.29',
                "psycopg[binary]; sys_platform != 'win32'",
            ]

            [project.optional-dependencies]
            test = ["pytest>=8"]
            redis = ["redis"]

            [dependency-groups]
            lint = ["ruff", {include-group = "test"}]

            [tool.uv]
            dev-dependencies = ["mypy"]
            """;

        var dependencies = _reader.Read(File("pyproject.toml", text)).Dependencies.Select(Describe);

        Lines(
        [
            "pypi fastapi >=0.110 @4:6+7",
            "pypi sqlalchemy ==2.0.29 @5:6+10",
            "pypi psycopg - @6:6+7",
            "pypi pytest >=8 dev @10:10+6",
            "pypi redis - @11:11+5",
            "pypi ruff - dev @14:10+4",
            "pypi mypy - dev @17:22+4",
        ], dependencies);
    }

    [Fact]
    public void Reads_poetry_tables_and_groups()
    {
        var text = """
            [tool.poetry]
            name = "api"

            [tool.poetry.dependencies]
            python = "^3.11"
            django = "^5.0"
            "celery" = { version = "^5.3", extras = ["redis"] }
            mylib = { git = "https://example.com/mylib.git" }

            [tool.poetry.group.dev.dependencies]
            pytest-django = "*"

            [tool.poetry.group.main.dependencies]
            gunicorn = "22.0.0"

            [tool.poetry.dev-dependencies]
            black = "^24"

            [tool.black]
            line-length = 100
            """;

        var dependencies = _reader.Read(File("pyproject.toml", text)).Dependencies.Select(Describe);

        Lines(
        [
            "pypi django ^5.0 @6:1+6",
            "pypi celery ^5.3 @7:2+6",
            "pypi mylib - @8:1+5",
            "pypi pytest-django * dev @11:1+13",
            "pypi gunicorn 22.0.0 @14:1+8",
            "pypi black ^24 dev @17:1+5",
        ], dependencies);
    }
}
