using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class RequirementsReaderTests
{
    private readonly RequirementsReader _reader = new();

    [Theory]
    [InlineData("requirements.txt", true)]
    [InlineData("backend/requirements-prod.txt", true)]
    [InlineData("requirements_dev.txt", true)]
    [InlineData("dev-requirements.txt", true)]
    [InlineData("requirements/base.txt", true)]
    [InlineData("api/requirements/test.txt", true)]
    [InlineData("requirements.in", false)]
    [InlineData("notes.txt", false)]
    public void Accepts_requirements_files(string path, bool expected)
    {
        Assert.Equal(expected, _reader.CanRead(File(path, "")));
    }

    [Fact]
    public void Reads_names_and_specifiers_without_extras_markers_or_options()
    {
        var text = """
            # web
            -r base.txt
            --index-url https://pypi.example/simple
            FastAPI==0.110.0
            uvicorn[standard] >= 0.29, <1 ; python_version >= "3.10"
            python_dotenv
            Flask_SQLAlchemy~=3.1  # orm
            gunicorn \
                --hash=sha256:abc
            mylib @ git+https://example.com/mylib.git@v1
            https://example.com/pkg.whl
            -e .
            """;

        var dependencies = _reader.Read(File("requirements.txt", text)).Dependencies.Select(Describe);

        Lines(
        [
            "pypi fastapi ==0.110.0 @4:1+7",
            "pypi uvicorn >=0.29,<1 @5:1+7",
            "pypi python-dotenv - @6:1+13",
            "pypi flask-sqlalchemy ~=3.1 @7:1+16",
            "pypi gunicorn - @8:1+8",
            "pypi mylib - @10:1+5",
        ], dependencies);
    }

    [Theory]
    [InlineData("requirements-dev.txt", true)]
    [InlineData("requirements/test.txt", true)]
    [InlineData("requirements/production.txt", false)]
    [InlineData("requirements.txt", false)]
    public void Files_named_for_development_declare_development_dependencies(string path, bool development)
    {
        var dependency = Assert.Single(_reader.Read(File(path, "pytest\n")).Dependencies);

        Assert.Equal(development, dependency.Development);
    }
}
