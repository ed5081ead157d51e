using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Testing;

internal static class CoverageNotMeasuredExamples
{
    private const string PythonTest = "from app.orders import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n";

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "pytest runs in CI with no coverage plugin or setting anywhere",
            ("tests/test_orders.py", PythonTest),
            ("pyproject.toml", "[tool.pytest.ini_options]\ntestpaths = [\"tests\"]\n"),
            (".github/workflows/ci.yml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest -q\n")),
        RuleExample.Good(
            "pytest-cov in the CI command",
            ("tests/test_orders.py", PythonTest),
            (".github/workflows/ci.yml", "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest --cov=app --cov-fail-under=80\n")),
        RuleExample.Good(
            "Jest collects coverage from its config; the .NET tests reference coverlet",
            ("web/src/cart.test.js", "test(\"adds\", () => expect(1 + 1).toBe(2));\n"),
            ("web/jest.config.js", "module.exports = { collectCoverage: true, coverageThreshold: { global: { lines: 80 } } };\n"),
            ("tests/Shop.Tests/CartTests.cs", "public class CartTests { [Fact] public void Adds() => Assert.True(true); }\n"),
            ("tests/Shop.Tests/Shop.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"coverlet.collector\" Version=\"6.0.2\" /></ItemGroup></Project>\n")),
    ];
}
