using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Security;

internal static class AllowedHostsExamples
{
    private static readonly (string Path, string Content) Web =
        ("src/Shop/Shop.csproj", """<Project Sdk="Microsoft.NET.Sdk.Web"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>""");

    public static ImmutableArray<RuleExample> All { get; } =
    [
        RuleExample.Bad(
            "the template's wildcard left in appsettings.json, with nothing narrower for production",
            ("src/Shop/appsettings.json", """
                {
                  "Logging": { "LogLevel": { "Default": "Information" } },
                  [|"AllowedHosts"|]: "*"
                }
                """),
            ("src/Shop/appsettings.Development.json", """{ "AllowedHosts": "localhost" }"""),
            Web),
        RuleExample.Bad(
            "a production file that keeps the wildcard next to a real host name",
            ("src/Shop/appsettings.Production.json", """
                {
                  [|"AllowedHosts"|]: "shop.example.com;*"
                }
                """),
            Web),
        RuleExample.Good(
            "appsettings.Production.json names the hosts that appsettings.json left open",
            ("src/Shop/appsettings.json", """{ "AllowedHosts": "*" }"""),
            ("src/Shop/appsettings.Production.json", """{ "AllowedHosts": "shop.example.com;www.shop.example.com" }"""),
            Web),
        RuleExample.Good(
            "the Kubernetes deployment sets AllowedHosts in the container's environment",
            ("src/Shop/appsettings.json", """{ "AllowedHosts": "*" }"""),
            ("deploy/shop.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: shop
                spec:
                  template:
                    spec:
                      containers:
                        - name: shop
                          image: registry.example.com/shop:3.1
                          env:
                            - name: AllowedHosts
                              value: shop.example.com
                """),
            Web),
    ];
}
