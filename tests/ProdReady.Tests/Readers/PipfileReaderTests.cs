using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class PipfileReaderTests
{
    [Fact]
    public void Reads_packages_and_dev_packages()
    {
        var text = """
            [[source]]
            url = "https://pypi.org/simple"

            [packages]
            flask = "*"
            Flask-Cors = {version = ">=4.0"}

            [dev-packages]
            pytest = "==8.1"

            [requires]
            python_version = "3.12"
            """;

        var dependencies = new PipfileReader().Read(File("Pipfile", text)).Dependencies.Select(Describe);

        Lines(
        [
            "pypi flask * @5:1+5",
            "pypi flask-cors >=4.0 @6:1+10",
            "pypi pytest ==8.1 dev @9:1+6",
        ], dependencies);
    }
}
