using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class MosquittoWithoutTls : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC011"),
        Name = "mqtt-listener-without-tls",
        Title = "MQTT listener without TLS",
        Area = Area.Infrastructure,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "Plain MQTT (port 1883) sends usernames, passwords and every message in clear text; on the internet or a " +
            "shared network they can be read and devices impersonated.",
        Fix = "Serve MQTT over TLS on 8883: `listener 8883` with `cafile`, `certfile` and `keyfile`; keep 1883 bound to " +
            "127.0.0.1 for local clients only, and do not publish 1883 from compose (`\"127.0.0.1:1883:1883\"`).",
        References = ["https://mosquitto.org/man/mosquitto-conf-5.html", "https://mosquitto.org/man/mosquitto-tls-7.html"],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var configs = context.Facts.Mosquitto.Where(c => InfrastructurePaths.IsAudited(c.Path)).ToList();
        var violations = new List<Violation>();
        foreach (var config in configs)
        {
            foreach (var listener in config.Listeners.Where(l => l.Port is not null && !l.IsLocalOnly && !l.HasTls))
            {
                var port = listener.Port!.Text;
                var protocol = listener.Protocol?.Text == "websockets" ? "WebSocket MQTT" : "MQTT";
                violations.Add(new Violation(listener.Span, $"{protocol} listener on port {port} in {config.Path} has no certfile/keyfile: traffic is not encrypted" +
                    (port == "1883" ? " (1883 is plain MQTT)" : "")));
            }
        }

        foreach (var service in context.Facts.Compose.Where(c => InfrastructurePaths.IsAudited(c.Path)).SelectMany(c => c.Services))
        {
            if (service.ImageReference?.Name is "mosquitto" or "eclipse-mosquitto" or "emqx" or "vernemq" or "hivemq4" or "hivemq-ce")
            {
                foreach (var port in service.Ports.Where(p => p.IsPublic && p.TargetNumber == 1883))
                {
                    violations.Add(new Violation(port.Span, $"compose service {service.Name} publishes plain MQTT port 1883 on every interface") { Key = service.Name });
                }
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return configs.Count == 0
            ? RuleOutcome.Skip("no mosquitto.conf")
            : RuleOutcome.Pass(new Evidence("MQTT listeners use TLS or are bound to loopback"));
    }
}
