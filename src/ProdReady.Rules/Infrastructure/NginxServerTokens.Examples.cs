using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class NginxServerTokens
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "server_tokens switched on",
            ("nginx.conf", "http {\n  [|server_tokens|] on;\n  server { listen 80; }\n}\n")),
        RuleExample.Bad(
            "a site file that never sets it",
            ("nginx/site.conf", "[|server|] {\n  listen 80;\n}\n")),
        RuleExample.Good(
            "off at the http level",
            ("nginx.conf", "http {\n  server_tokens off;\n  server { listen 80; }\n}\n")),
        RuleExample.Good(
            "off in the server block",
            ("nginx/site.conf", "server {\n  listen 80;\n  server_tokens off;\n}\n")),
    ];
}
