using ProdReady.Engine.Facts;
using ProdReady.Engine.Facts.Readers;
using static ProdReady.Tests.Readers.ReaderKit;

namespace ProdReady.Tests.Readers;

public class CSharpReaderTests
{
    private const string Program = """
        using Microsoft.EntityFrameworkCore;
        using static System.Math;
        using Json = System.Text.Json;

        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddDbContext<AppDb>(options => options.UseSqlite("Data Source=app.db"));
        var secret = Environment.GetEnvironmentVariable("JWT_SECRET") ?? "dev-secret";
        var conn = builder.Configuration.GetConnectionString("Default");
        var app = builder.Build();
        app.MapGet("/health", () => Results.Ok()).WithName("health");
        var api = app.MapGroup("/api");
        api.MapPost("items", CreateItem);
        app.MapHealthChecks("/healthz");
        app.UseCors(policy: "all", enabled: true, retries: -1, ratio: 0.5, missing: null);
        app.Run();
        """;

    private const string Controller = """
        namespace Api.Controllers;

        [ApiController]
        [Route("api/[controller]")]
        public class ItemsController : ControllerBase
        {
            [HttpGet]
            public IActionResult List() => Ok();

            [HttpGet("{id}")]
            public async Task<IActionResult> Get(int id)
            {
                await Task.Delay(1);
                logger?.LogInformation($"item {id}");
                return Ok(id);
            }

            [HttpPost("/absolute")]
            public IActionResult Create() => Ok();

            [Route("legacy")]
            public IActionResult Legacy() => Ok();
        }
        """;

    private readonly CSharpReader _reader = new();

    [Fact]
    public void Reads_using_directives_as_imports()
    {
        var imports = _reader.Read(File("Program.cs", Program)).Imports
            .Select(i => $"{i.Module} [{string.Join(",", i.Names)}] @{At(i.Span)}");

        Lines(
        [
            "Microsoft.EntityFrameworkCore [] @1:7+29",
            "System.Math [] @2:14+11",
            "System.Text.Json [Json] @3:14+16",
        ], imports);
    }

    [Fact]
    public void Reads_calls_with_callee_chain_and_typed_arguments()
    {
        var calls = _reader.Read(File("Program.cs", Program)).Calls.Select(DescribeCall);

        Lines(
        [
            "WebApplication.CreateBuilder(Expression args) @5:15+34",
            "builder.Services.AddDbContext(Expression options => options.UseSqlite(\"Data Source=app.db\")) @6:1+88",
            "options.UseSqlite(String Data Source=app.db) @6:49+39",
            "Environment.GetEnvironmentVariable(String JWT_SECRET) @7:14+48",
            "builder.Configuration.GetConnectionString(String Default) @8:12+52",
            "builder.Build() @9:11+15",
            "app.MapGet().WithName(String health) @10:1+60",
            "app.MapGet(String /health, Expression () => Results.Ok()) @10:1+41",
            "Results.Ok() @10:29+12",
            "app.MapGroup(String /api) @11:11+20",
            "api.MapPost(String items, Expression CreateItem) @12:1+32",
            "app.MapHealthChecks(String /healthz) @13:1+31",
            "app.UseCors(policy: String all, enabled: Bool true, retries: Number -1, ratio: Number 0.5, missing: Null -) @14:1+81",
            "app.Run() @15:1+9",
        ], calls);
    }

    [Fact]
    public void Reads_environment_reads_with_their_fallback_but_not_configuration_reads()
    {
        var read = Assert.Single(_reader.Read(File("Program.cs", Program)).EnvReads);

        Assert.Equal("JWT_SECRET", read.Name);
        Assert.Equal("7:14+48", At(read.Span));
        Assert.Equal("dev-secret", read.Default?.Text);
    }

    [Fact]
    public void Reads_minimal_api_routes_through_groups()
    {
        var routes = _reader.Read(File("Program.cs", Program)).Routes.Select(Describe);

        Lines(
        [
            "GET /health - @10:1+41",
            "POST /api/items CreateItem @12:1+32",
            "GET /healthz - @13:1+31",
        ], routes);
        Assert.All(_reader.Read(File("Program.cs", Program)).Routes, r => Assert.Equal("aspnetcore", r.Framework));
    }

    [Fact]
    public void Reads_controller_routes_combined_with_the_class_route()
    {
        var routes = _reader.Read(File("Controllers/ItemsController.cs", Controller)).Routes.Select(Describe);

        Lines(
        [
            "GET /api/[controller] List @7:6+7",
            "GET /api/[controller]/{id} Get @10:6+15",
            "POST /absolute Create @18:6+21",
            "ANY /api/[controller]/legacy Legacy @21:6+15",
        ], routes);
    }

    [Fact]
    public void Reads_group_prefixes_per_method_through_configuration_calls()
    {
        var text = """
            static class Apis
            {
                public static void MapOrders(WebApplication app)
                {
                    var api = app.MapGroup("api/orders").RequireAuthorization();
                    api.MapGet("/{id}", GetOrder);
                    app.MapGroup("/v2").WithTags("x").MapPost("orders", Create);
                }

                public static void MapItems(WebApplication app)
                {
                    var api = app.MapGroup("/api/items");
                    var admin = api.MapGroup("admin");
                    admin.MapDelete("{id}", Delete);
                    api.MapGet("", List);
                }
            }

            class HomeController : Controller
            {
                [HttpGet]
                public IActionResult Index() => View();
            }
            """;

        var routes = _reader.Read(File("Apis.cs", text)).Routes.Select(r => $"{r.Method} {r.Path} {r.Handler}");

        Assert.Equal(["GET /api/orders/{id} GetOrder", "POST /v2/orders Create", "DELETE /api/items/admin/{id} Delete", "GET /api/items List"], routes);
    }

    [Fact]
    public void Reads_methods_classes_and_the_function_each_call_is_in()
    {
        var facts = _reader.Read(File("Controllers/ItemsController.cs", Controller));

        var type = Assert.Single(facts.Classes);
        Assert.Equal(("ItemsController", "5:14+15", 23), (type.Name, At(type.Span), type.EndLine));
        Assert.Equal("ControllerBase", Assert.Single(type.Bases));
        Assert.Equal(
            ["List 8 HttpGet", "Get 11-16 async HttpGet", "Create 19 HttpPost", "Legacy 22 Route"],
            facts.Functions.Select(f => $"{f.Name} {(f.EndLine == f.Span.Line ? $"{f.Span.Line}" : $"{f.Span.Line}-{f.EndLine}")}{(f.IsAsync ? " async" : "")} {string.Join(",", f.Decorators.Select(d => d.Callee))}"));
        Assert.All(facts.Functions, f => Assert.Equal("ItemsController", f.ClassName));
        Lines(
        [
            "Ok() in List @8:36+4",
            "Task.Delay(Number 1) in Get async @13:15+13",
            "logger.LogInformation(Expression $\"item {id}\") in Get async @14:9+36",
            "Ok(Expression id) in Get async @15:16+6",
            "Ok() in Create @19:38+4",
            "Ok() in Legacy @22:38+4",
        ], facts.Calls.Select(c => $"{DescribeCall(c)[..DescribeCall(c).LastIndexOf(" @", StringComparison.Ordinal)]} in {c.EnclosingFunction}{(c.InAsyncFunction ? " async" : "")} @{At(c.Span)}"));
    }

    [Fact]
    public void Reads_string_literals()
    {
        var strings = _reader.Read(File("Controllers/ItemsController.cs", Controller)).Strings
            .Select(s => $"{s.Value} @{At(s.Span)}");

        Lines(["api/[controller] @4:8+18", "{id} @10:14+6", "/absolute @18:15+11", "legacy @21:12+8"], strings);
    }

    [Fact]
    public void Reads_array_and_collection_arguments_as_lists()
    {
        var text = "policy.WithOrigins([\"https://a.example\", origin]);\nFoo(new[] { 1, 2 }, new string[] { \"x\" }, [.. rest]);\n";

        var calls = _reader.Read(File("Cors.cs", text)).Calls.Select(DescribeCall);

        Lines(
        [
            "policy.WithOrigins(List [\"https://a.example\", origin]) @1:1+49",
            "Foo(List new[] { 1, 2 }, List new string[] { \"x\" }, Expression [.. rest]) @2:1+52",
        ], calls);
        var origins = _reader.Read(File("Cors.cs", text)).Calls[0].Positional(0)!.Items;
        Assert.Equal(["String https://a.example @1:21+19", "Expression origin @1:42+6"], origins.Select(i => $"{i.Kind} {i.Text ?? i.Raw} @{At(i.Span)}"));
    }

    [Fact]
    public void Broken_code_is_read_as_far_as_it_goes()
    {
        var facts = _reader.Read(File("Broken.cs", "class A {\n  void M() {\n    Foo(\"x\"\n    app.MapGet(\"/a\", () => 1);\n"));

        Assert.Contains(facts.Calls, c => c.Callee == "Foo");
        Assert.Equal(["A"], facts.Classes.Select(c => c.Name));
    }

    [Fact]
    public void Pathologically_deep_code_fails_the_file_instead_of_the_process()
    {
        var chain = "var x = a" + string.Concat(Enumerable.Repeat(".B()", 50000)) + ";";
        var repository = ProdReady.Engine.Files.Repository.FromFiles(new Dictionary<string, string> { ["Deep.cs"] = chain, ["Ok.cs"] = "Foo();" });

        var facts = FactsBuilder.Build(repository);

        Assert.Equal(["Foo"], facts.Calls.Select(c => c.Callee));
        var skipped = Assert.Single(facts.Unparsed);
        Assert.Equal("Deep.cs", skipped.Path);
        Assert.StartsWith("unparsed: CSharpReader failed on Deep.cs: InsufficientExecutionStackException: ", skipped.Reason);
    }

    private static string DescribeCall(CallFact call)
    {
        var arguments = call.Arguments.Select(a => $"{(a.Name is null ? "" : a.Name + ": ")}{a.Value.Kind} {(a.Value.IsLiteral ? a.Value.Text ?? "-" : a.Value.Raw)}");
        return $"{call.Callee}({string.Join(", ", arguments)}) @{At(call.Span)}";
    }
    [Fact]
    public void Reads_literal_flags_and_numbers_assigned_in_code_as_settings()
    {
        const string text = """
            builder.Services.Configure<IdentityOptions>(options =>
            {
                options.Password.RequiredLength = 4;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = enabled;
                options.ClaimsIdentity.UserNameClaimType = "name";
            });
            var p = new TokenValidationParameters { ValidateLifetime = false, ValidIssuer = "me" };
            config.TokenValidationParameters = new() { ValidateIssuer = false };
            count += 1;
            """;

        var settings = _reader.Read(File("Program.cs", text)).Settings
            .Select(s => $"{s.Path}={s.Value.Kind} {s.Value.Text} {s.Origin} @{At(s.Span)}");

        Lines(
        [
            "options.Password.RequiredLength=Number 4 CSharp @3:22+14",
            "options.Password.RequireDigit=Bool false CSharp @4:22+12",
            "TokenValidationParameters.ValidateLifetime=Bool false CSharp @8:41+16",
            "config.TokenValidationParameters.ValidateIssuer=Bool false CSharp @9:44+14",
        ], settings);
    }
}
