using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class IdentityPasswordExamples
{
    private static readonly (string Path, string Content) Web =
        ("src/App/App.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>""");

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "minimal hosting with a four-character minimum",
            ("src/Web/Program.cs", """
                builder.Services.AddDefaultIdentity<IdentityUser>(options =>
                {
                    options.Password.[|RequiredLength|] = 4;
                    options.Password.RequireNonAlphanumeric = false;
                });
                """),
            Web),
        RuleExample.Bad(
            "Startup.ConfigureServices switching off every composition rule and keeping the 6-character default",
            ("src/Web/Startup.cs", """
                public void ConfigureServices(IServiceCollection services)
                {
                    services.Configure<IdentityOptions>(options =>
                    {
                        options.Password = new PasswordOptions
                        {
                            [|RequireDigit|] = false,
                            RequireLowercase = false,
                            RequireUppercase = false,
                            RequireNonAlphanumeric = false,
                        };
                    });
                }
                """),
            Web),
        RuleExample.Good(
            "composition rules off but a 12-character minimum, as NIST SP 800-63B recommends",
            ("src/Identity/IdentityExtensions.cs", """
                options.Password = new PasswordOptions
                {
                    RequireDigit = false,
                    RequireLowercase = false,
                    RequiredLength = 12,
                    RequireNonAlphanumeric = false,
                    RequireUppercase = false
                };
                """),
            Web),
        RuleExample.Good(
            "a stricter minimum length, and a test host that relaxes the policy",
            ("src/Web/Program.cs", """
                builder.Services.Configure<IdentityOptions>(o => o.Password.RequiredLength = 10);
                """),
            ("tests/Web.Tests/TestHost.cs", """
                services.Configure<IdentityOptions>(o => { o.Password.RequiredLength = 1; o.Password.RequireDigit = false; });
                """),
            Web),
    ];
}
