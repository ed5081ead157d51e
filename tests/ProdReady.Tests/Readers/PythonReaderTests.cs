using ProdReady.Engine.Facts;
using static ProdReady.Tests.Readers.PythonAndJavaScriptFactText;

namespace ProdReady.Tests.Readers;

public class PythonReaderTests
{
    [Fact]
    public void Imports_name_the_module_and_what_is_taken_from_it()
    {
        var facts = Python("import os, a.b as c\nfrom .x import (a,\n    b as d)\nfrom . import views\nfrom m import *\n");

        Assert.Equal(
            ["os [] @1:1+19", "a.b [] @1:1+19", ".x [a, b] @2:1+30", ". [views] @4:1+19", "m [*] @5:1+15"],
            facts.Imports.Select(Import));
        Assert.All(facts.Imports, i => Assert.Equal(SourceLanguage.Python, i.Language));
        Assert.Equal(["a", "d"], facts.Imports[2].LocalNames.AsEnumerable());
        Assert.Equal("b", facts.Imports[2].Imported("d"));
        Assert.Null(facts.Imports[2].Imported("b"));
        Assert.Equal(["views"], facts.Imports[3].LocalNames.AsEnumerable());
    }

    [Fact]
    public void Module_assignments_become_settings_with_literal_values()
    {
        const string code = """
            NAME = "api"
            PORT = 8000
            RATIO = -0.5
            DEBUG = True
            EMPTY = None
            HOSTS = ["a", 'b']
            PAIR = ("x", 1)
            SINGLE = ("y")
            LIMITS: dict[str, int] = {"rps": 10}
            A = B = 1
            obj.attr = 2
            x, y = 1, 2
            COUNT += 1
            TOTAL = compute(1)

            def f():
                LOCAL = 1
            """;

        Assert.Equal(
            [
                "PythonModule NAME = \"api\" @1:1+12",
                "PythonModule PORT = 8000 @2:1+11",
                "PythonModule RATIO = -0.5 @3:1+12",
                "PythonModule DEBUG = True @4:1+12",
                "PythonModule EMPTY = None @5:1+12",
                "PythonModule HOSTS = [\"a\", \"b\"] @6:1+18",
                "PythonModule PAIR = [\"x\", 1] @7:1+15",
                "PythonModule SINGLE = \"y\" @8:1+14",
                "PythonModule LIMITS = {rps: 10} @9:1+36",
                "PythonDict LIMITS.rps = 10 @9:27+9",
                "PythonModule A = 1 @10:1+9",
                "PythonModule B = 1 @10:5+5",
                "PythonModule TOTAL = expr compute(1) @14:1+18",
            ],
            Python(code).Settings.Select(Setting));
    }

    [Fact]
    public void Django_databases_dict_entries_are_settings_scoped_by_their_dict_path()
    {
        const string code = """
            DATABASES = {
                "default": {
                    "ENGINE": "django.db.backends.sqlite3",
                    "NAME": BASE_DIR / "db.sqlite3",
                }
            }
            """;

        var settings = Python(code, "project/settings.py").Settings;

        Assert.Equal(
            ["DATABASES", "DATABASES.default", "DATABASES.default.ENGINE", "DATABASES.default.NAME"],
            settings.Select(s => s.Path));
        var engine = settings[2];
        Assert.Equal(("ENGINE", "DATABASES.default", SettingOrigin.PythonDict), (engine.Name, engine.Scope, engine.Origin));
        Assert.Equal("\"django.db.backends.sqlite3\"", Value(engine.Value));
        Assert.Equal(new SourceSpan("project/settings.py", 3, 9, 38), engine.Span);
        Assert.Equal(new SourceSpan("project/settings.py", 3, 19, 28), engine.Value.Span);
        Assert.Equal("expr BASE_DIR / \"db.sqlite3\"", Value(settings[3].Value));
        Assert.Equal("4:9+31", Span(settings[3].Span));
    }

    [Fact]
    public void Environment_reads_are_lookups_with_their_defaults()
    {
        const string code = """
            import os
            from decouple import config
            import environ
            env = environ.Env()
            A = os.getenv("A", "x")
            B = os.environ.get("B")
            C = os.environ["C"]
            D = config("D", default=False, cast=bool)
            E = env("E", default="e")
            F = env.bool("F", True)
            G = env("G", bool)
            H = os.getenv("H") or "fallback"
            I = int(os.getenv("I", "8000"))
            J = os.getenv(name)
            """;

        var facts = Python(code);

        Assert.Equal(
            [
                "env = expr environ.Env()", "A = env A ?? \"x\"", "B = env B", "C = env C", "D = env D ?? False",
                "E = env E ?? \"e\"", "F = env F ?? True", "G = env G", "H = env H ?? \"fallback\"",
                "I = expr int(os.getenv(\"I\", \"8000\"))", "J = expr os.getenv(name)",
            ],
            facts.Settings.Select(s => $"{s.Name} = {Value(s.Value)}"));
        Assert.Equal(
            [
                "A ?? \"x\" @5:5+19", "B ?? none @6:5+19", "C ?? none @7:5+15", "D ?? False @8:5+37",
                "E ?? \"e\" @9:5+21", "F ?? True @10:5+19", "G ?? none @11:5+14", "H ?? \"fallback\" @12:5+14",
                "I ?? \"8000\" @13:9+22",
            ],
            facts.EnvReads.Select(Env));
    }

    [Fact]
    public void Strings_decode_every_prefix_and_f_strings_with_placeholders_are_expressions()
    {
        const string code = """"
            URL = "http://localhost:8000/#frag"  # comment "not a string"
            RAW = r"C:\path\n"
            DATA = b"\x41BC"
            TEXT = "tab\tquote\" end"
            PLAIN = f"{{literal}}"
            NAMED = f"{user['name']} at {url}"
            NESTED = f"{d["k"]}" ; print("after")
            MULTI = """line one
            line two # still string
            """
            """";

        var facts = Python(code);

        Assert.Equal(
            [
                "URL = \"http://localhost:8000/#frag\"", "RAW = \"C:\\path\\n\"", "DATA = \"ABC\"", "TEXT = \"tab\tquote\" end\"",
                "PLAIN = \"{literal}\"", "NAMED = expr f\"{user['name']} at {url}\"", "NESTED = expr f\"{d[\"k\"]}\"",
                "MULTI = \"line one\nline two # still string\n\"",
            ],
            facts.Settings.Select(s => $"{s.Name} = {Value(s.Value)}"));
        Assert.Equal(
            [
                "\"http://localhost:8000/#frag\" @1:7+29", "\"C:\\path\\n\" @2:7+12", "\"ABC\" @3:8+9",
                "\"tab\tquote\" end\" @4:8+18", "\"{literal}\" @5:9+14", "\"name\" @6:17+6", "\"k\" @7:15+3", "\"after\" @7:30+7",
                "\"line one\nline two # still string\n\" @8:9+39",
            ],
            facts.Strings.Select(String));
        Assert.Equal(["print(\"after\") @7:24+14"], facts.Calls.Select(Call));
    }

    [Fact]
    public void Docstrings_are_not_string_literals()
    {
        const string code = """"
            """Module docstring with http://localhost."""

            def f():
                '''Function docstring.'''
                return "value"
            """";

        Assert.Equal(["\"value\" @5:12+7"], Python(code).Strings.Select(String));
    }

    [Fact]
    public void Calls_and_environment_reads_inside_f_string_fields_are_read()
    {
        const string code = "URL = f\"postgresql://{os.getenv('DB_USER', 'app')}:{os.environ[\"DB_PASS\"]}@{HOST:>{width}}/db\"\n";

        var facts = Python(code);

        Assert.Equal(["DB_USER ?? \"app\" @1:23+27", "DB_PASS ?? none @1:53+21"], facts.EnvReads.Select(Env));
        Assert.Equal(["os.getenv(\"DB_USER\", \"app\") @1:23+27"], facts.Calls.Select(Call));
        Assert.Equal(["\"DB_USER\" @1:33+9", "\"app\" @1:44+5", "\"DB_PASS\" @1:64+9"], facts.Strings.Select(String));
        Assert.Equal(ValueKind.Expression, facts.Settings.Single().Value.Kind);
    }
}
