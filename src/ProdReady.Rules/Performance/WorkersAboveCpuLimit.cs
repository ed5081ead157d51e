using System.Collections.Immutable;
using System.Globalization;
using ProdReady.Engine.Documents;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Containers;
using ProdReady.Rules.Kubernetes;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.Performance;

public sealed class WorkersAboveCpuLimit : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("PRF080"),
        Name = "workers-above-cpu-limit",
        Title = "More worker processes than the container's CPU limit can run",
        Area = Area.Performance,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "Each gunicorn, uvicorn or Celery prefork worker is a process competing for the container's CPU quota. Past " +
            "gunicorn's own guidance of 2 × CPUs + 1 workers, the extra processes add no throughput: the quota is used up early in " +
            "every period and the whole container is throttled, so latency rises for every request while each worker still holds " +
            "its own memory. This rule fires when a literal worker count exceeds 2 × the literal CPU limit + 1 for the same container.",
        Fix = "Size the worker count from the CPU limit (2 × CPUs + 1 for sync gunicorn workers, about one per CPU for uvicorn and " +
            "Celery prefork), or raise the limit; set it in one place (WEB_CONCURRENCY from the manifest) so that both change together, " +
            "and scale out with replicas rather than with workers.",
        References =
        [
            "https://docs.gunicorn.org/en/stable/design.html#how-many-workers",
            "https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#meaning-of-cpu",
            "https://docs.celeryq.dev/en/stable/userguide/workers.html#concurrency",
        ],
        Examples = WorkersAboveCpuLimitExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var container in Containers(facts))
        {
            if (container.Cpu is not { IsResolved: true } limit || WorkerCounts.Cpus(limit.Text) is not { } cpus
                || Workers(facts, container) is not { } workers)
            {
                continue;
            }

            var threshold = (2 * cpus) + 1;
            var cpuText = cpus.ToString(CultureInfo.InvariantCulture);
            if (workers.Count > threshold)
            {
                violations.Add(new Violation(limit.Span,
                    $"{container.Name} runs {workers.Count} {workers.Server} workers ({workers.Source}) under a CPU limit of {cpuText} " +
                    $"({limit.Span}): more than 2 × {cpuText} + 1 = {threshold.ToString(CultureInfo.InvariantCulture)}")
                { Key = container.Name });
            }
            else
            {
                evidence.Add(new Evidence($"{container.Name} runs {workers.Count} {workers.Server} workers within its CPU limit of {cpuText}", limit.Span));
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence) : RuleOutcome.Skip("no container has both a literal worker count and a literal CPU limit");
    }

    private sealed record Container(string Name, DocumentValue? Cpu, string? Command, ImmutableDictionary<string, (string Value, string Where)> Env);

    private sealed record WorkerCount(string Server, int Count, string Source);

    private static IEnumerable<Container> Containers(RepositoryFacts facts)
    {
        foreach (var (workload, _, container) in Workloads.Containers(facts))
        {
            var command = string.Join(' ', container.Command.Concat(container.Args));
            var env = container.Env.Where(e => e.ValueFrom is null && e.Value is { IsResolved: true })
                .GroupBy(e => e.Name).ToImmutableDictionary(g => g.Key, g => (g.Last().Value!.Text, g.Last().Span.ToString()));
            yield return new Container(Workloads.Describe(workload, container), container.CpuLimit, command.Length == 0 ? null : command, env);
        }

        foreach (var service in ContainerFiles.Services(facts))
        {
            var dockerfile = ContainerFiles.BuiltDockerfile(facts, service);
            var final = dockerfile?.FinalStage;
            var command = service.Command is { IsResolved: true } written
                ? string.Join(' ', new[] { service.Entrypoint is { IsResolved: true } e ? e.Text : null, written.Text }.OfType<string>())
                : final is { StartCommand.Length: > 0 } ? final.StartCommand : null;
            var env = ImmutableDictionary.CreateBuilder<string, (string, string)>(StringComparer.Ordinal);
            foreach (var (name, value) in final?.Env ?? ImmutableDictionary<string, DocumentValue>.Empty)
            {
                if (value.IsResolved)
                {
                    env[name] = (value.Text, $"ENV in {dockerfile!.Path}");
                }
            }

            foreach (var variable in service.Environment.Where(v => v.Value is { IsResolved: true }))
            {
                env[variable.Name] = (variable.Value!.Text, variable.Span.ToString());
            }

            yield return new Container($"compose service {service.Name}", service.CpuLimit, command, env.ToImmutable());
        }
    }

    /// <summary>The worker count, by gunicorn's precedence: the command line, GUNICORN_CMD_ARGS, the configuration file,
    /// then WEB_CONCURRENCY (which uvicorn also reads, and which start scripts commonly pass on).</summary>
    private static WorkerCount? Workers(RepositoryFacts facts, Container container)
    {
        var parsed = container.Command is null ? null : WorkerCounts.FromCommand(container.Command);
        if (parsed is { Workers: > 0 })
        {
            return new WorkerCount(parsed.Server, parsed.Workers, "set in its start command");
        }

        var server = parsed?.Server;
        if (server == "celery" || parsed is { Workers: WorkerCounts.Unknown })
        {
            return null;
        }

        if (server is null or "gunicorn" && container.Env.TryGetValue("GUNICORN_CMD_ARGS", out var arguments)
            && WorkerCounts.FromArguments(arguments.Value) is { } fromArguments)
        {
            return new WorkerCount("gunicorn", fromArguments, $"GUNICORN_CMD_ARGS at {arguments.Where}");
        }

        if (server is "gunicorn" && ConfigWorkers(facts, parsed!.ConfigPath) is { } configured)
        {
            return configured;
        }

        if (container.Env.TryGetValue("WEB_CONCURRENCY", out var concurrency)
            && int.TryParse(concurrency.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            return new WorkerCount(server ?? "web", count, $"WEB_CONCURRENCY at {concurrency.Where}");
        }

        return null;
    }

    /// <summary><c>workers = N</c> in the gunicorn configuration file the command names, or in the repository's only
    /// <c>gunicorn.conf.py</c> (gunicorn reads it from the working directory when no <c>-c</c> is given).</summary>
    private static WorkerCount? ConfigWorkers(RepositoryFacts facts, string? configPath)
    {
        var path = configPath?.Trim();
        if (path is not null && path.StartsWith("python:", StringComparison.Ordinal))
        {
            return null;
        }

        var wanted = path is null ? "gunicorn.conf.py" : path.TrimStart('.', '/');
        var files = facts.Repository.AllPaths.Where(p => !CodePaths.IsTest(p) && !CodePaths.IsVendored(p)
            && (p == wanted || p.EndsWith("/" + wanted, StringComparison.Ordinal))).ToList();
        if (files.Count != 1)
        {
            return null;
        }

        var setting = facts.SettingsIn(files[0]).LastOrDefault(s => s.Name == "workers" && s.Scope.Length == 0);
        return setting is { Value.Kind: ValueKind.Number } && int.TryParse(setting.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var workers)
            ? new WorkerCount("gunicorn", workers, $"workers = {workers} in {setting.Span}")
            : null;
    }
}
