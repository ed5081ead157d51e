using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;

namespace ProdReady.Tests.Readers;

public class TestCodeFactsTests
{
    [Fact]
    public void Test_code_keeps_its_test_declarations_and_assertions_but_not_other_calls_or_strings()
    {
        var facts = FactsBuilder.Build(Repository.FromFiles(new Dictionary<string, string>
        {
            ["app/main.py"] = "import requests\nrequests.get('http://localhost:8000')\n",
            ["tests/test_main.py"] = "import requests\ndef test_get():\n    r = requests.get('http://localhost:8000')\n    self.assertEqual(r.status_code, 200)\n    assert r.ok\n",
            ["web/app.test.ts"] = "describe('app', () => {\n  it('works', () => {\n    render('<App/>');\n    expect(screen.getByText('hi')).toBeTruthy();\n  });\n});\n",
        }));

        Assert.Equal(
            ["app/main.py:2 requests.get", "tests/test_main.py:4 self.assertEqual", "web/app.test.ts:1 describe", "web/app.test.ts:2 it", "web/app.test.ts:4 expect"],
            facts.Calls.Select(c => $"{c.Span} {c.Callee}"));
        Assert.Equal(["app/main.py"], facts.Strings.Select(s => s.Span.File).Distinct());
        Assert.Equal(["test_get"], facts.Functions.Where(f => f.Span.File.StartsWith("tests/", StringComparison.Ordinal)).Select(f => f.Name));
    }
}
