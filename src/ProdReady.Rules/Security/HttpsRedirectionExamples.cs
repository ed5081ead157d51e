using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class HttpsRedirectionExamples
{
    private static readonly (string Path, string Content) Web =
        ("src/App/App.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>""");

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "minimal API with authorization and endpoints but no HTTPS redirection or HSTS",
            ("src/Api/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAuthorization();
                var app = builder.Build();
                app.UseAuthorization();
                app.MapGet("/orders", () => Results.Ok());
                app.Run();
                """),
            Web),
        RuleExample.Bad(
            "Startup.Configure with routing and controllers only",
            ("src/Web/Startup.cs", """
                public class Startup
                {
                    public void Configure(IApplicationBuilder app)
                    {
                        app.UseRouting();
                        app.UseEndpoints(endpoints => endpoints.MapControllers());
                    }
                }
                """),
            Web),
        RuleExample.Good(
            "the template pipeline: HSTS outside development, then HTTPS redirection",
            ("src/Web/Program.cs", """
                var app = builder.Build();
                if (!app.Environment.IsDevelopment())
                {
                    app.UseExceptionHandler("/Error");
                    app.UseHsts();
                }
                app.UseHttpsRedirection();
                app.MapRazorPages();
                app.Run();
                """),
            Web),
        RuleExample.Good(
            "an nginx proxy in the repository terminates TLS and sends HSTS",
            ("src/Api/Program.cs", """
                var app = WebApplication.CreateBuilder(args).Build();
                app.UseForwardedHeaders();
                app.MapControllers();
                app.Run();
                """),
            ("deploy/nginx/security-headers-ssl.conf", """
                add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
                """),
            Web),
        RuleExample.Good(
            "a worker service with no request pipeline, and a test host without HTTPS",
            ("src/Worker/Program.cs", """
                var builder = Host.CreateApplicationBuilder(args);
                builder.Services.AddHostedService<Worker>();
                builder.Build().Run();
                """),
            ("tests/Api.Tests/TestServer.cs", """
                var builder = WebApplication.CreateBuilder();
                var app = builder.Build();
                app.MapControllers();
                """),
            Web),
    ];
}
