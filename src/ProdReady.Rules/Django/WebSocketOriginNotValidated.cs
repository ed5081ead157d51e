using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Django;

public sealed class WebSocketOriginNotValidated : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SCU016"),
        Name = "websocket-origin-not-validated",
        Title = "ASGI WebSocket router does not validate the Origin",
        Area = Area.Security,
        Severity = Severity.Medium,
        EffortHours = 0.25,
        Rationale = "Browsers send cookies with WebSocket handshakes from any site and CSRF protection does not cover them: " +
            "without an Origin check, a page on another site can open a socket as the signed-in user and read or send " +
            "whatever the consumers allow (cross-site WebSocket hijacking).",
        Fix = "Wrap the websocket application: `\"websocket\": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(...)))` " +
            "(or `OriginValidator(..., [\"https://app.example.com\"])`).",
        References = ["https://channels.readthedocs.io/en/stable/topics/security.html#origin-validation"],
        Examples =
        [
            RuleExample.Bad("AuthMiddlewareStack without an origin validator (seed 002)", ("sentinel/asgi.py", """
                application = ProtocolTypeRouter({
                    'http': django_asgi_app,
                    'websocket': [|AuthMiddlewareStack(
                        URLRouter(event_ws + officer_ws)
                    )|],
                })
                """)),
            RuleExample.Bad("a bare URLRouter", ("config/asgi.py", """
                application = ProtocolTypeRouter({"http": get_asgi_application(), "websocket": [|URLRouter(websocket_urlpatterns)|]})
                """)),
            RuleExample.Good("AllowedHostsOriginValidator around the stack", ("config/asgi.py", """
                application = ProtocolTypeRouter({
                    "http": get_asgi_application(),
                    "websocket": AllowedHostsOriginValidator(AuthMiddlewareStack(URLRouter(websocket_urlpatterns))),
                })
                """)),
            RuleExample.Good("the websocket app is a name built elsewhere (not judged), and a router in tests", ("config/asgi.py", """
                application = ProtocolTypeRouter({"http": get_asgi_application(), "websocket": websocket_app})
                """), ("tests/asgi.py", """
                application = ProtocolTypeRouter({"websocket": URLRouter(patterns)})
                """)),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var routers = context.Facts.CallsNamed("ProtocolTypeRouter")
            .Where(c => c.Language == SourceLanguage.Python && FileRoles.IsProduction(c.Span.File))
            .Select(c => (Call: c, WebSocket: c.Positional(0)?.Entry("websocket")))
            .Where(x => x.WebSocket is not null)
            .ToList();
        if (routers.Count == 0)
        {
            return RuleOutcome.Skip("no ASGI WebSocket router");
        }

        var violations = routers
            .Where(x => x.WebSocket!.Kind == ValueKind.Expression && x.WebSocket.Raw.Contains('(', StringComparison.Ordinal)
                && !x.WebSocket.Raw.Contains("OriginValidator", StringComparison.Ordinal))
            .Select(x => new Violation(x.WebSocket!.Span, $"the websocket route of ProtocolTypeRouter in {x.Call.Span.File} is not wrapped in AllowedHostsOriginValidator: any site can open a socket"))
            .ToArray();
        return violations.Length > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"WebSocket origin validated in {routers[0].Call.Span}", routers[0].Call.Span));
    }
}
