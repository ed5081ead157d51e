using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Containers;

public sealed partial class ComposeMissingForMultiService : Rule
{
    private static readonly string[] FrontEndPackages = ["react", "vue", "svelte", "@angular/core", "vite", "next"];

    private static readonly string[] ServerPackages = ["express", "koa", "fastify", "@nestjs/core"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CTR002"),
        Name = "compose-missing-for-multi-service",
        Title = "Several services but no compose file or orchestration manifests",
        Area = Area.Containers,
        Severity = Severity.Medium,
        EffortHours = 2,
        Rationale = "When the app needs a front end, a worker or a database server beside the API, nothing describes how they are " +
            "wired together (images, ports, environment, dependencies, volumes). Every developer and environment assembles them " +
            "by hand, local runs drift from production, and a new environment cannot be brought up reliably.",
        Fix = "Add a docker-compose.yml with one service per component (api, frontend, worker, postgres, redis), their environment " +
            "from an env file, named volumes for data and healthchecks with depends_on conditions; for production use Kubernetes " +
            "manifests or a Helm chart describing the same services.",
        References =
        [
            "https://docs.docker.com/compose/",
            "https://docs.docker.com/compose/how-tos/startup-order/",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var services = Services(facts);
        var apps = services.Count(s => s.App);
        if (apps == 0 || services.Count < 2)
        {
            return RuleOutcome.Skip("a single service needs no orchestration");
        }

        var orchestration = context.Repository.AllPaths.FirstOrDefault(p => !CodePaths.IsVendored(p) && DeploymentFiles.IsOrchestration(p));
        if (orchestration is not null)
        {
            return RuleOutcome.Pass(new Evidence($"{orchestration} describes the services"));
        }

        if (facts.Technologies.FirstOrDefault(t => t.Technology is Technology.Kubernetes or Technology.Compose) is { } detected)
        {
            return RuleOutcome.Pass(new Evidence($"{TechnologyNames.Display(detected.Technology)} describes the services ({detected.Evidence})"));
        }

        var names = string.Join(", ", services.Select(s => s.Name));
        return RuleOutcome.Fail(new Violation(null, $"{services.Count} services ({names}) and nothing runs them together: searched for {DeploymentFiles.OrchestrationSearched}"));
    }

    private static List<(string Name, bool App)> Services(RepositoryFacts facts)
    {
        var services = new List<(string Name, bool App)>();
        foreach (var backend in TechnologyNames.WebFrameworks.Where(facts.Has))
        {
            services.Add(($"backend ({TechnologyNames.Display(backend)})", true));
        }

        var frontEnd = facts.Dependencies.Where(d => d.Ecosystem == "npm" && !CodePaths.IsVendored(d.Span.File))
            .GroupBy(d => d.Span.File)
            .FirstOrDefault(g => g.Any(d => FrontEndPackages.Contains(d.Name)) && !g.Any(d => ServerPackages.Contains(d.Name)));
        if (frontEnd is not null && services.Count > 0)
        {
            var framework = frontEnd.First(d => FrontEndPackages.Contains(d.Name)).Name;
            services.Add(($"front end ({framework}, {frontEnd.Key})", true));
        }

        if (facts.Has(Technology.Celery))
        {
            services.Add(("Celery worker", true));
        }

        services.AddRange(BackingServices.Find(facts).Select(s => (s.Service, false)));
        return services;
    }
}
