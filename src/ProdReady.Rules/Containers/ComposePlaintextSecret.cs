using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Containers;

public sealed class ComposePlaintextSecret : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR011"),
        Name = "compose-plaintext-secret",
        Title = "Passwords written into a compose file's environment",
        Area = Area.Containers,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "A password in `environment:` is committed with the compose file: everyone with read access to the " +
            "repository (and every fork and clone) has the database or broker credentials, and the same guessable value tends " +
            "to be deployed as-is.",
        Fix = "Reference variables instead (`POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}`) and keep the values in an " +
            "uncommitted .env file or use compose `secrets:` with `POSTGRES_PASSWORD_FILE`; rotate the committed value.",
        References =
        [
            "https://docs.docker.com/compose/how-tos/use-secrets/",
            "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/",
        ],
        Examples =
        [
            RuleExample.Bad("a guessable password in the map form",
                ("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: [|postgres|]\n")),
            RuleExample.Bad("a real-looking key in the list form and a password inside a URL",
                ("compose.yaml", "services:\n  api:\n    build: .\n    environment:\n      - JWT_SECRET=[|h7Gk2pQ9xZ4mW8vR1tY6bN3cL5sD0fJa|]\n      - DATABASE_URL=[|postgresql://app:s3cr3tPa55@db:5432/app|]\n")),
            RuleExample.Good("values come from the environment or an env file",
                ("docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    env_file: .env\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?required}\n      REDIS_URL: redis://cache:6379/0\n")),
            RuleExample.Good("password files, placeholders and names only",
                ("compose.yaml", "services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD_FILE=/run/secrets/db_password\n      - REDIS_PASSWORD\n      - SECRET_KEY=change-me-placeholder\n")),
        ],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var services = ContainerFiles.Services(context.Facts, withDevelopment: true).ToList();
        if (services.Count == 0)
        {
            return RuleOutcome.Skip("no compose file");
        }

        var violations = new List<Violation>();
        foreach (var service in services)
        {
            foreach (var variable in service.Environment.Where(v => v.Value is { IsResolved: true }))
            {
                if (LiteralSecrets.Judge(variable.Name, variable.Value!.Text) is { } secret && (secret.Severity == Severity.High || !ContainerFiles.IsDevelopment(service.File)))
                {
                    violations.Add(new Violation(variable.Value.Span,
                        $"{variable.Name} of service {service.Name} in {service.File} is {secret.Description} written into the file")
                    {
                        Secret = secret.Value,
                        Severity = secret.Severity,
                        Key = variable.Name,
                    });
                }
            }
        }

        return violations.Count > 0 ? RuleOutcome.Fail([.. violations]) : RuleOutcome.Pass(new Evidence("compose environment holds no literal passwords"));
    }
}
