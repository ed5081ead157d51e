using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class NginxWithoutTls
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "a reverse proxy on port 80 only",
            ("nginx/nginx.conf", "http {\n  server {\n    [|listen|] 80;\n    location / { proxy_pass http://app:8000; }\n  }\n}\n")),
        RuleExample.Bad(
            "a site file with no listen directive (port 80)",
            ("deploy/sites-available/app.conf", "[|server|] {\n  server_name example.com;\n  root /srv/www;\n}\n")),
        RuleExample.Good(
            "TLS on 443 and a redirect from 80",
            ("nginx.conf", """
                http {
                  server {
                    listen 80;
                    return 301 https://$host$request_uri;
                  }
                  server {
                    listen 443 ssl;
                    ssl_certificate     /etc/ssl/app.crt;
                    ssl_certificate_key /etc/ssl/app.key;
                  }
                }
                """)),
        RuleExample.Good(
            "a status server bound to loopback",
            ("nginx/status.conf", "server {\n  listen 127.0.0.1:8080;\n  location /nginx_status { stub_status; }\n}\n")),
    ];
}
