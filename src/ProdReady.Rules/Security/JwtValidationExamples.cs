using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class JwtValidationExamples
{
    private static readonly (string Path, string Content) Web =
        ("src/App/App.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>""");

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "minimal API whose bearer tokens never expire and are accepted from any issuer",
            ("src/Api/Program.cs", """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        [|ValidateLifetime|] = false,
                        [|ValidateIssuer|] = false,
                        ValidateIssuerSigningKey = true,
                        IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Jwt:Key"]!)),
                    };
                });
                """),
            Web),
        RuleExample.Bad(
            "identity-provider setup that skips the audience check and fetches keys over HTTP",
            ("src/Shared/AuthenticationExtensions.cs", """
                public static class AuthenticationExtensions
                {
                    public static void AddDefaultAuthentication(this IServiceCollection services, string identityUrl)
                    {
                        services.AddAuthentication().AddJwtBearer(options =>
                        {
                            options.Authority = identityUrl;
                            options.[|RequireHttpsMetadata|] = false;
                            options.TokenValidationParameters.[|ValidateAudience|] = false;
                        });
                    }
                }
                """),
            Web),
        RuleExample.Good(
            "every check left on, with the values they compare against",
            ("src/Api/Program.cs", """
                builder.Services.AddAuthentication().AddJwtBearer(options =>
                {
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        ValidateIssuer = true,
                        ValidateAudience = true,
                        ValidateLifetime = true,
                        ValidIssuer = builder.Configuration["Jwt:Issuer"],
                        ValidAudience = builder.Configuration["Jwt:Audience"],
                    };
                });
                """),
            Web),
        RuleExample.Good(
            "RequireHttpsMetadata computed from the environment, and switched off in a file that checks IsDevelopment()",
            ("src/Identity/Startup.cs", """
                public void ConfigureServices(IServiceCollection services)
                {
                    services.AddAuthentication().AddJwtBearer(options =>
                    {
                        options.Authority = _settings.IdentityUrl;
                        options.RequireHttpsMetadata = !Environment.IsDevelopment();
                    });
                }
                """),
            ("src/Admin/Program.cs", """
                builder.Services.AddAuthentication().AddOpenIdConnect(options =>
                {
                    options.Authority = builder.Configuration["Oidc:Authority"];
                    if (builder.Environment.IsDevelopment())
                    {
                        options.RequireHttpsMetadata = false;
                    }
                });
                """),
            Web),
        RuleExample.Good(
            "integration tests that accept expired tokens on purpose",
            ("tests/Api.Tests/TestAuth.cs", """
                var parameters = new TokenValidationParameters { ValidateLifetime = false, ValidateAudience = false };
                """),
            Web),
    ];
}
