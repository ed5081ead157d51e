using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using ProdReady.Engine.Files;
using ProdReady.Model;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class FactsBuilderTests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["b/.env"] = "Z=1\nA=2\n",
        ["a/.env"] = "DEBUG=true\n",
        ["appsettings.json"] = "{\n  \"Logging\": {\n}\n",
        ["config.yml"] = "debug: true\n",
        ["requirements.txt"] = "fastapi\nuvicorn\n",
        ["Procfile"] = "web: uvicorn app:app --reload\n",
        ["package.json"] = "{ \"scripts\": { \"start\": \"node server.js\" }, \"dependencies\": { \"express\": \"4\" } }",
        ["Program.cs"] = "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/health\", () => \"ok\");\n",
    };

    [Fact]
    public void Every_reader_is_registered_once()
    {
        Assert.Equal(
        [
            nameof(PythonReader), nameof(JavaScriptReader), nameof(CSharpReader), nameof(DotEnvReader), nameof(JsonConfigReader),
            nameof(YamlConfigReader), nameof(RequirementsReader), nameof(PyProjectReader), nameof(PipfileReader),
            nameof(PackageJsonReader), nameof(MsBuildProjectReader), nameof(EntryPointReader),
        ], FactsBuilder.Readers.Select(r => r.GetType().Name));
    }

    [Fact]
    public void Merges_facts_from_every_reader_sorted_by_file_line_column_and_name()
    {
        var facts = FactsBuilder.Build(Repository.FromFiles(Files));

        Lines(
        [
            "a/.env DEBUG",
            "b/.env Z",
            "b/.env A",
            "config.yml debug",
        ], facts.Settings.Select(s => $"{s.File} {s.Path}"));
        Lines(
        [
            "npm express 4 @1:63+9",
            "pypi fastapi - @1:1+7",
            "pypi uvicorn - @2:1+7",
        ], facts.Dependencies.Select(Describe));
        Lines(
        [
            "DevelopmentServer uvicorn [uvicorn app:app --reload] @1:6+24",
            "ProductionServer node [node server.js] @1:25+16",
        ], facts.EntryPoints.Select(Describe));
        Lines(["GET /health - @2:1+33"], facts.Routes.Select(Describe));
        Assert.Equal(["WebApplication.CreateBuilder", "WebApplication.CreateBuilder().Build", "app.MapGet"], facts.Calls.Select(c => c.Callee));
    }

    [Fact]
    public void A_file_a_reader_cannot_parse_is_recorded_as_unparsed_and_the_audit_goes_on()
    {
        var facts = FactsBuilder.Build(Repository.FromFiles(Files));

        Assert.Equal<SkippedFile>(
            [new SkippedFile("appsettings.json", "unparsed: invalid JSON at line 4: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")],
            facts.Unparsed);
        Assert.Equal(4, facts.Settings.Length);
    }

    [Fact]
    public void Any_other_reader_failure_names_the_reader_and_file_on_one_line()
    {
        var repository = Repository.FromFiles(new Dictionary<string, string> { [".env"] = "A=1\n", ["notes.txt"] = "x" });

        var facts = FactsBuilder.Build(repository, [new DotEnvReader(), new FailingReader()]);

        Assert.Equal<SkippedFile>(
        [
            new SkippedFile(".env", "unparsed: FailingReader failed on .env: InvalidOperationException: boom on two lines"),
            new SkippedFile("notes.txt", "unparsed: FailingReader failed on notes.txt: InvalidOperationException: boom on two lines"),
        ], facts.Unparsed);
        Assert.Equal(["A"], facts.Settings.Select(s => s.Name));
    }

    [Fact]
    public void Two_builds_of_one_repository_are_equal()
    {
        var repository = Repository.FromFiles(Files);

        Assert.Equal(Snapshot(FactsBuilder.Build(repository)), Snapshot(FactsBuilder.Build(repository)));
    }

    private static List<string> Snapshot(RepositoryFacts facts) =>
    [
        .. facts.Settings.Select(Describe),
        .. facts.Dependencies.Select(Describe),
        .. facts.EntryPoints.Select(Describe),
        .. facts.Routes.Select(Describe),
        .. facts.Calls.Select(c => $"{c.Callee} @{c.Span.File}:{At(c.Span)}"),
        .. facts.Imports.Select(i => $"{i.Module} @{i.Span.File}:{At(i.Span)}"),
        .. facts.Strings.Select(s => $"{s.Value} @{s.Span.File}:{At(s.Span)}"),
        .. facts.Functions.Select(f => $"{f.Name} @{f.Span.File}:{At(f.Span)}"),
        .. facts.Unparsed.Select(u => u.ToString()),
        .. facts.Technologies.Select(t => t.ToString()),
    ];

    private sealed class FailingReader : IFactReader
    {
        public bool CanRead(SourceFile file) => true;

        public FileFacts Read(SourceFile file) => throw new InvalidOperationException("boom on\ntwo lines");
    }
}
