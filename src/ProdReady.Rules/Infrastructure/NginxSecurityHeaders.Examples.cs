using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class NginxSecurityHeaders
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "a TLS server with no headers (HSTS missing: medium)",
            ("nginx.conf", "http {\n  [|server|] {\n    listen 443 ssl;\n    ssl_certificate /c.crt;\n    ssl_certificate_key /c.key;\n  }\n}\n")),
        RuleExample.Bad(
            "HSTS but no nosniff or framing protection",
            ("nginx/default.conf", "[|server|] {\n  listen 443 ssl;\n  add_header Strict-Transport-Security \"max-age=31536000\" always;\n}\n")),
        RuleExample.Good(
            "all headers inherited from the http level",
            ("nginx.conf", """
                http {
                  add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;
                  add_header X-Content-Type-Options nosniff always;
                  add_header Content-Security-Policy "frame-ancestors 'none'" always;
                  server {
                    listen 443 ssl;
                  }
                }
                """)),
        RuleExample.Good(
            "headers in an included snippet cannot be judged",
            ("nginx/app.conf", "server {\n  listen 443 ssl;\n  include snippets/security-headers.conf;\n}\n")),
    ];
}
