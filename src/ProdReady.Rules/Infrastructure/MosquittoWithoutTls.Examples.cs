using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class MosquittoWithoutTls
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "plain MQTT and plain WebSockets on all interfaces",
            ("mosquitto/mosquitto.conf", "[|listener|] 1883\n[|listener|] 9001\nprotocol websockets\nallow_anonymous false\n")),
        RuleExample.Bad(
            "the broker's 1883 published on every host interface",
            ("mosquitto.conf", "listener 8883\ncertfile /c/server.crt\nkeyfile /c/server.key\n"),
            ("docker-compose.yml", "services:\n  mqtt:\n    image: eclipse-mosquitto:2.0.18\n    ports:\n      - [|\"1883:1883\"|]\n      - \"8883:8883\"\n")),
        RuleExample.Good(
            "TLS on 8883 and 1883 on loopback only",
            ("mosquitto.conf", "listener 1883 127.0.0.1\nlistener 8883\ncafile /c/ca.crt\ncertfile /c/server.crt\nkeyfile /c/server.key\n")),
        RuleExample.Good(
            "no listener configured: Mosquitto 2 listens on loopback only",
            ("mosquitto.conf", "persistence true\nlog_dest stdout\n")),
    ];
}
