using ProdReady.Engine.Facts;
using static ProdReady.Tests.Readers.PythonAndJavaScriptFactText;

namespace ProdReady.Tests.Readers;

public class PythonReaderStructureTests
{
    [Fact]
    public void Pydantic_settings_class_has_fields_and_class_settings()
    {
        const string code = """
            from pydantic import Field
            from pydantic_settings import BaseSettings


            class Settings(BaseSettings):
                DEBUG: bool = True
                database_url: str = Field(default="sqlite:///./app.db", description="DB")
                secret_key: str

                class Config:
                    env_file = ".env"

                def dsn(self) -> str:
                    return self.database_url
            """;

        var facts = Python(code, "app/config.py");

        var settings = facts.Classes[0];
        Assert.Equal(("Settings", "BaseSettings", "5:1+29", 14), (settings.Name, string.Join(", ", settings.Bases), Span(settings.Span), settings.EndLine));
        Assert.True(settings.Inherits("BaseSettings"));
        Assert.Equal(
            [
                "DEBUG: bool = True @6:5+18",
                "database_url: str = expr Field(default=\"sqlite:///./app.db\", description=\"DB\") @7:5+73",
                "secret_key: str = none @8:5+15",
            ],
            settings.Fields.Select(f => $"{f.Name}: {f.Annotation} = {Value(f.Value)} @{Span(f.Span)}"));
        var config = facts.Classes[1];
        Assert.Equal(("Config", 0, "10:5+13", 11), (config.Name, config.Bases.Length, Span(config.Span), config.EndLine));
        Assert.Equal(
            [
                "PythonClass Settings.DEBUG = True @6:5+18",
                "PythonClass Settings.database_url = expr Field(default=\"sqlite:///./app.db\", description=\"DB\") @7:5+73",
                "PythonClass Settings.Config.env_file = \".env\" @11:9+17",
            ],
            facts.Settings.Select(Setting));
        Assert.Equal(("DEBUG", "Settings"), (facts.Settings[0].Name, facts.Settings[0].Scope));
        Assert.Equal(["Settings.dsn [] @13:5+21..14"], facts.Functions.Select(Function));
        Assert.Equal(["Field in module"], facts.Calls.Select(Context));
    }

    [Fact]
    public void Classes_carry_their_decorators_and_a_function_after_them_does_not()
    {
        const string code = """
            @method_decorator(login_required, name="dispatch")
            class PostUpdate(UpdateView):
                model = Post


            def helper():
                return 1
            """;

        var facts = Python(code, "blog/views.py");

        var decorator = Assert.Single(Assert.Single(facts.Classes).Decorators);
        Assert.Equal(("method_decorator", "1:2"), (decorator.Callee, $"{decorator.Span.Line}:{decorator.Span.Column}"));
        Assert.Equal(["login_required", "dispatch"], decorator.Arguments.Select(a => a.Value.Text ?? a.Value.Raw));
        Assert.Empty(Assert.Single(facts.Functions).Decorators);
    }

    [Fact]
    public void Functions_carry_decorators_as_calls_async_class_and_end_line()
    {
        const string code = """
            @app.get(
                "/items/{item_id}",
                response_model=Item,
            )
            async def read_item(item_id: int):
                return await fetch(item_id)


            @login_required
            def view(request): return render(request)


            class Api:
                @staticmethod
                def helper():
                    def inner():
                        pass
                    return inner
            """;

        var facts = Python(code);

        Assert.Equal(
            [
                "async read_item [app.get(\"/items/{item_id}\", response_model=expr Item) @1:2+59] @5:1+34..6",
                "view [login_required() @9:2+14] @10:1+18..10",
                "Api.helper [staticmethod() @14:6+12] @15:5+13..18",
                "inner [] @16:9+12..17",
            ],
            facts.Functions.Select(Function));
        Assert.Equal(["app.get in module", "fetch in read_item async", "render in view"], facts.Calls.Select(Context));
    }

    [Fact]
    public void Cors_middleware_call_has_positional_and_keyword_arguments()
    {
        const string code = """
            from fastapi import FastAPI
            from fastapi.middleware.cors import CORSMiddleware

            app = FastAPI()
            app.add_middleware(
                CORSMiddleware,
                allow_origins=["*"],
                allow_credentials=True,
                allow_methods=["*"],
                allow_headers=["*"],
            )
            """;

        var call = Python(code, "main.py").Calls.Single(c => c.Is("add_middleware"));

        Assert.Equal(
            "app.add_middleware(expr CORSMiddleware, allow_origins=[\"*\"], allow_credentials=True, allow_methods=[\"*\"], allow_headers=[\"*\"]) @5:1+144",
            Call(call));
        Assert.Equal(("add_middleware", SourceLanguage.Python, null, false), (call.Name, call.Language, call.EnclosingFunction, call.InAsyncFunction));
        Assert.Equal("CORSMiddleware", call.Positional(0)!.Raw);
        Assert.True(call.Keyword("allow_credentials")!.IsTrue);
        Assert.Equal("7:19+5", Span(call.Keyword("allow_origins")!.Span));
    }

    [Fact]
    public void Nested_and_chained_calls_are_each_recorded()
    {
        const string code = """
            app = FastAPI(title=get_title()).include_router(router, prefix="/v1")
            logging.basicConfig(level=logging.INFO, handlers=[StreamHandler(sys.stdout)])
            func(*args, **kwargs)
            if(x): print(x)
            """;

        Assert.Equal(
            [
                "FastAPI(title=expr get_title()) @1:7+26",
                "get_title() @1:21+11",
                "FastAPI().include_router(expr router, prefix=\"/v1\") @1:34+36",
                "logging.basicConfig(level=expr logging.INFO, handlers=[expr StreamHandler(sys.stdout)]) @2:1+77",
                "StreamHandler(expr sys.stdout) @2:51+25",
                "func(expr *args, expr **kwargs) @3:1+21",
                "print(expr x) @4:8+8",
            ],
            Python(code).Calls.Select(Call));
    }

    [Fact]
    public void Tabs_continuations_and_one_line_bodies_keep_scopes_right()
    {
        const string code = "class A:\n\tX = 1 + \\\n\t    2\n\tdef m(self):\n\t\treturn os.getenv(\"Q\")\nclass B: flag = True\nY = 3\n";

        var facts = Python(code);

        Assert.Equal(["A..5", "B..6"], facts.Classes.Select(c => $"{c.Name}..{c.EndLine}"));
        Assert.Equal(["X", "flag"], facts.Classes.SelectMany(c => c.Fields).Select(f => f.Name));
        Assert.Equal(["A.m [] @4:2+12..5"], facts.Functions.Select(Function));
        Assert.Equal(["os.getenv in m"], facts.Calls.Select(Context));
        Assert.Equal(["Q ?? none @5:10+14"], facts.EnvReads.Select(Env));
        Assert.Equal(["A.X", "B.flag", "Y"], facts.Settings.Select(s => s.Path));
    }

    [Fact]
    public void Match_statements_are_not_calls_but_a_variable_named_match_is_not_a_statement()
    {
        const string code = """
            match command.split():
                case Point(x=0) | Move():
                    go()
                case (a, b): stop(a)
            match = re.match(pattern, text)
            """;

        Assert.Equal(["command.split", "go", "stop", "re.match"], Python(code).Calls.Select(c => c.Callee));
        Assert.Equal(["match"], Python(code).Settings.Select(s => s.Name));
    }

    [Fact]
    public void Lambda_parameters_and_comprehension_targets_do_not_split_arguments()
    {
        const string code = "x = property(lambda s: s.a, lambda s, v: s.b(v), doc=\"d\")\nok = any(a for a, b in pairs)\nfor k in d: A = 1; B = 2\n";

        var facts = Python(code);

        Assert.Equal(
            ["property(expr lambda s: s.a, expr lambda s, v: s.b(v), doc=\"d\")", "s.b(expr v)", "any(expr a for a, b in pairs)"],
            facts.Calls.Select(c => Call(c)[..Call(c).IndexOf(" @", StringComparison.Ordinal)]));
        Assert.Equal(["x", "ok", "A", "B"], facts.Settings.Select(s => s.Name));
    }

    [Fact]
    public void A_multi_line_docstring_stays_inside_its_function()
    {
        const string code = """"
            @app.get("/health")
            async def health():
                """
                Health check endpoint
                """
                n = await db.count()
                return n
            """";

        var facts = Python(code, "app/main.py");

        var health = Assert.Single(facts.Functions);
        Assert.Equal(("health", 2, 7), (health.Name, health.Span.Line, health.EndLine));
        Assert.Equal("health", facts.Calls.Single(c => c.Callee == "db.count").EnclosingFunction);
    }
}
