using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class PrivilegedComposeService : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR018"),
        Name = "privileged-compose-service",
        Title = "A compose service runs privileged",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "`privileged: true` gives the container every capability and access to all host devices: a compromise of " +
            "that service is a compromise of the host.",
        Fix = "Remove `privileged: true`; grant only the capability or device needed (`cap_add: [NET_ADMIN]`, " +
            "`devices: [/dev/ttyUSB0]`).",
        References =
        [
            "https://docs.docker.com/reference/compose-file/services/#privileged",
            "https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities",
        ],
        Examples =
        [
            RuleExample.Bad("a privileged worker",
                ("docker-compose.yml", "services:\n  worker:\n    build: .\n    privileged: [|true|]\n")),
            RuleExample.Bad("privileged through a merged anchor",
                ("compose.yaml", "x-base: &base\n  privileged: [|true|]\nservices:\n  gateway:\n    <<: *base\n    image: registry.example.com/gateway:1.0\n")),
            RuleExample.Good("a single device instead",
                ("docker-compose.yml", "services:\n  reader:\n    build: .\n    devices:\n      - /dev/ttyUSB0\n")),
            RuleExample.Good("privileged: false",
                ("compose.yaml", "services:\n  api:\n    build: .\n    privileged: false\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var services = ContainerFiles.Services(context.Facts).ToList();
        if (services.Count == 0)
        {
            return RuleOutcome.Skip("no compose file");
        }

        var violations = services.Where(s => s.Privileged?.IsTrue == true)
            .Select(s => new Violation(s.Privileged!.Span, $"service {s.Name} in {s.File} runs privileged, with full access to the host") { Key = s.Name })
            .ToList();
        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("no compose service runs privileged"));
    }
}
