using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Infrastructure;

public sealed partial class MosquittoAnonymous : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("IAC010"),
        Name = "mqtt-anonymous-access",
        Title = "MQTT broker accepts anonymous clients",
        Area = Area.Infrastructure,
        Severity = Severity.High,
        EffortHours = 1,
        Rationale = "With `allow_anonymous true` anyone who can reach the broker can subscribe to `#` and read every device's " +
            "messages, or publish forged readings and commands to devices.",
        Fix = "Set `allow_anonymous false` and add `password_file` (created with `mosquitto_passwd`) or client certificates " +
            "(`require_certificate true`), plus an `acl_file` limiting each client to its own topics.",
        References = ["https://mosquitto.org/man/mosquitto-conf-5.html", "https://mosquitto.org/documentation/authentication-methods/"],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var configs = context.Facts.Mosquitto.Where(c => InfrastructurePaths.IsAudited(c.Path)).ToList();
        if (configs.Count == 0)
        {
            return RuleOutcome.Skip("no mosquitto.conf");
        }

        var open = configs.SelectMany(c => c.All("allow_anonymous")).Where(s => s.Value.IsTrue).ToList();
        if (open.Count > 0)
        {
            return RuleOutcome.Fail([.. open.Select(s => new Violation(s.Value.Span, "allow_anonymous true: any client that reaches the broker can read and publish"))]);
        }

        var auth = configs.SelectMany(c => c.All("password_file").Concat(c.All("allow_anonymous"))).FirstOrDefault();
        return RuleOutcome.Pass(new Evidence(auth is null ? "Mosquitto 2 refuses anonymous clients by default" : $"MQTT {auth.Name} {auth.Value.Text} ({auth.Span})", auth?.Span));
    }
}
