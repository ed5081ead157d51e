using System.Collections.Immutable;
using ProdReady.Engine.Rules;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class MosquittoAnonymous
{
    private static ImmutableArray<RuleExample> Examples =>
    [
        RuleExample.Bad(
            "anonymous access on the only listener (seed 000)",
            ("mosquitto/config/mosquitto.conf", "listener 1883\nallow_anonymous [|true|]\npersistence true\n")),
        RuleExample.Bad(
            "anonymous access on one of several listeners",
            ("mosquitto.conf", "per_listener_settings true\nlistener 8883\npassword_file /m/passwd\nlistener 9001\nprotocol websockets\nallow_anonymous [|true|]\n")),
        RuleExample.Good(
            "a password file and anonymous access off",
            ("mosquitto.conf", "listener 8883\nallow_anonymous false\npassword_file /mosquitto/config/passwd\n")),
        RuleExample.Good(
            "allow_anonymous only in a comment",
            ("mosquitto.conf", "# allow_anonymous true is for local testing only\nlistener 1883 127.0.0.1\n")),
    ];
}
