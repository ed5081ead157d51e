using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class PackageJsonReaderTests
{
    private readonly PackageJsonReader _reader = new();

    [Theory]
    [InlineData("package.json", true)]
    [InlineData("frontend/package.json", true)]
    [InlineData("node_modules/express/package.json", false)]
    [InlineData("package-lock.json", false)]
    public void Accepts_package_json_outside_node_modules(string path, bool expected)
    {
        Assert.Equal(expected, _reader.CanRead(File(path, "{}")));
    }

    [Fact]
    public void Reads_dependencies_and_start_scripts()
    {
        var text = """
            {
              "name": "web",
              "scripts": {
                "dev": "vite",
                "build": "tsc && vite build",
                "start": "npm run dev",
                "start:prod": "NODE_ENV=production node dist/server.js",
                "serve": "serve -s dist",
                "preview": "vite preview",
                "test": "vitest"
              },
              "dependencies": { "React": "^18.2.0", "express": "4.19.2" },
              "devDependencies": {
                "vite": "^5.2.0"
              }
            }
            """;

        var facts = _reader.Read(File("package.json", text));

        Lines(
        [
            "npm react ^18.2.0 @12:21+7",
            "npm express 4.19.2 @12:41+9",
            "npm vite ^5.2.0 dev @14:5+6",
        ], facts.Dependencies.Select(Describe));
        Lines(
        [
            "DevelopmentServer vite [vite] @4:12+6",
            "DevelopmentServer vite [npm run dev] @6:14+13",
            "ProductionServer node [NODE_ENV=production node dist/server.js] @7:19+41",
            "ProductionServer serve [serve -s dist] @8:14+15",
            "DevelopmentServer vite [vite preview] @9:16+14",
        ], facts.EntryPoints.Select(Describe));
    }

    [Fact]
    public void Scripts_that_call_each_other_in_a_loop_are_unclassified()
    {
        var text = """{ "scripts": { "start": "npm run serve", "serve": "npm start" } }""";

        var kinds = _reader.Read(File("package.json", text)).EntryPoints.Select(e => (e.Kind, e.Server));

        Assert.Equal([(EntryPointKind.Other, "npm"), (EntryPointKind.Other, "npm")], kinds);
    }

    [Fact]
    public void Malformed_package_json_is_a_reader_error()
    {
        var error = Assert.Throws<FactReaderException>(() => _reader.Read(File("package.json", "{ \"name\": ")));

        Assert.StartsWith("invalid JSON at line 1: ", error.Message);
    }
}
