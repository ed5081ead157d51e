using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Performance;

public sealed partial class CeleryTimeLimitsMissing : Rule
{
    private static readonly string[] WorkerFlags = ["--time-limit", "--soft-time-limit"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("PRF030"),
        Name = "celery-time-limits-missing",
        Title = "Celery tasks run with no time limit",
        Area = Area.Performance,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "Celery sets no time limit by default: a task stuck on a network call with no timeout, a lock or an " +
            "endless loop holds its worker process forever. A few of them and the pool is exhausted, every queue backs up, " +
            "and nothing fails loudly enough to be noticed.",
        Fix = "Set a hard and a soft limit for every task in the Celery configuration (`task_time_limit = 300`, " +
            "`task_soft_time_limit = 240`, or `CELERY_TASK_TIME_LIMIT` with the Django namespace), or start the worker with " +
            "`--time-limit`/`--soft-time-limit`; give long tasks their own `@app.task(time_limit=..., soft_time_limit=...)` " +
            "and catch SoftTimeLimitExceeded to clean up.",
        References =
        [
            "https://docs.celeryq.dev/en/stable/userguide/workers.html#time-limits",
            "https://docs.celeryq.dev/en/stable/userguide/configuration.html#task-time-limit",
        ],
        AppliesTo = [Technology.Celery],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var tasks = CeleryCode.Tasks(facts).ToList();
        if (tasks.Count == 0)
        {
            return RuleOutcome.Skip("no Celery task in production code");
        }

        var global = CeleryCode.Values(facts, "task_time_limit", "task_soft_time_limit")
            .FirstOrDefault(v => v.Value.Kind is not (ValueKind.Null or ValueKind.Bool) && v.Value.Text != "0");
        if (global.Value is not null)
        {
            return RuleOutcome.Pass(new Evidence($"{global.Name} set for every task ({global.Span})", global.Span));
        }

        var flag = WorkerFlag(facts);
        if (flag is not null)
        {
            return RuleOutcome.Pass(new Evidence($"the worker is started with a time limit in {flag}"));
        }

        var unlimited = tasks.Where(t => !HasLimit(t.Decorator) && CeleryCode.TaskClassFields(facts, t.Decorator) is { } fields
            && !fields.Any(f => f.Name is "time_limit" or "soft_time_limit" && f.Value is { Kind: ValueKind.Number })).ToList();
        if (unlimited.Count == 0)
        {
            return RuleOutcome.Pass(new Evidence($"every task sets a time_limit or soft_time_limit, itself or through its Task class ({tasks[0].Function.Span})", tasks[0].Function.Span));
        }

        var names = string.Join(", ", unlimited.Take(3).Select(t => t.Function.Name)) + (unlimited.Count > 3 ? $" and {unlimited.Count - 3} more" : string.Empty);
        var detail = $"neither task_time_limit nor task_soft_time_limit is configured and no worker command passes --time-limit; " +
            $"{unlimited.Count} of {tasks.Count} tasks set no time_limit ({names})";
        var apps = CeleryCode.Apps(facts);
        return apps.Count == 0
            ? RuleOutcome.Fail(new Violation(null, $"Celery tasks run with no time limit: {detail}"))
            : RuleOutcome.Fail([.. apps.Select(a => new Violation(a.Span, $"Celery app created here runs tasks with no time limit: {detail}"))]);
    }

    private static bool HasLimit(CallFact decorator) =>
        decorator.Keyword("time_limit") is not null || decorator.Keyword("soft_time_limit") is not null;

    /// <summary>A worker command line in a deployment file (Procfile, Dockerfile, compose, shell script, supervisor or
    /// Kubernetes configuration) that sets a limit. Worker commands are not entry-point facts, so their text is read.</summary>
    private static string? WorkerFlag(RepositoryFacts facts) =>
        facts.Repository.Files
            .Where(f => IsDeploymentFile(f.Path) && FileRoles.IsProduction(f.Path))
            .FirstOrDefault(f => f.Text.Contains("celery", StringComparison.OrdinalIgnoreCase) && WorkerFlags.Any(w => f.Text.Contains(w, StringComparison.Ordinal)))
            ?.Path;

    private static bool IsDeploymentFile(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        var extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
        return name.StartsWith("Procfile", StringComparison.Ordinal) || name.Contains("Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name == "Makefile" || extension is ".yml" or ".yaml" or ".sh" or ".conf" or ".ini" or ".toml" or ".service";
    }
}
