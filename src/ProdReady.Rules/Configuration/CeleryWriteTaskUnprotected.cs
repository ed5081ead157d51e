using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Configuration;

public sealed partial class CeleryWriteTaskUnprotected : Rule
{
    private static readonly HashSet<string> Writes = new(StringComparer.Ordinal)
    {
        "save", "commit", "bulk_create", "bulk_update", "get_or_create", "update_or_create", "bulk_save_objects", "bulk_insert_mappings",
    };

    private static readonly string[] RetryKeywords = ["acks_late", "autoretry_for", "max_retries", "retry_kwargs", "retry_backoff"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CFG031"),
        Name = "celery-write-task-unprotected",
        Title = "Celery task that writes data has no acks_late or retry policy",
        Area = Area.Configuration,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "By default Celery acknowledges a message before the task runs: if the worker is killed (a deploy, an " +
            "out-of-memory kill, a scaled-down node) or the database is briefly unreachable, the task is gone and its write " +
            "never happens, with nothing in the queue to show it. A task that saves data needs either late acknowledgement " +
            "(redelivered after a crash) or an explicit retry policy for the errors it can recover from.",
        Fix = "Make the task idempotent, then declare how it survives failure: `@app.task(acks_late=True)` (or " +
            "`task_acks_late = True` in the Celery config, with `task_reject_on_worker_lost = True`), and " +
            "`autoretry_for=(OperationalError,), retry_backoff=True, max_retries=5` or `bind=True` with `self.retry(exc=exc)`.",
        References =
        [
            "https://docs.celeryq.dev/en/stable/userguide/tasks.html#retrying",
            "https://docs.celeryq.dev/en/stable/userguide/configuration.html#task-acks-late",
            "https://docs.celeryq.dev/en/stable/faq.html#faq-acks-late-vs-retry",
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

        var global = CeleryCode.Values(facts, "task_acks_late", "acks_late").FirstOrDefault(v => SettingValues.IsTruthy(SettingValues.Effective(v.Value).Literal));
        if (global.Value is not null)
        {
            return RuleOutcome.Pass(new Evidence($"{global.Name} = True for every task ({global.Span})", global.Span));
        }

        var violations = new List<Violation>();
        var evidence = new List<Evidence>();
        foreach (var (function, decorator) in tasks)
        {
            var body = facts.CallsIn(function.Span.File).Where(c => function.Contains(c.Span) && c.Span.Line > function.Span.Line).ToList();
            var write = body.FirstOrDefault(IsWrite);
            if (write is null)
            {
                continue;
            }

            var inherited = CeleryCode.TaskClassFields(facts, decorator);
            if (inherited is null)
            {
                // A custom Task class defined elsewhere may set acks_late or autoretry_for.
                continue;
            }

            var policy = decorator.Arguments.FirstOrDefault(a => a.Name is not null && RetryKeywords.Contains(a.Name) && !IsOff(a.Value))
                ?? inherited.Where(f => RetryKeywords.Contains(f.Name) && f.Value is not null && !IsOff(f.Value)).Select(f => new FactArgument(f.Name, f.Value!)).FirstOrDefault();
            var retry = body.FirstOrDefault(c => c.Callee == "self.retry" || c.Callee.EndsWith(".retry", StringComparison.Ordinal) && c.Callee.StartsWith(function.Name, StringComparison.Ordinal));
            if (policy is not null || retry is not null)
            {
                var how = policy is not null ? $"{policy.Name}={policy.Value.Raw}" : $"{retry!.Callee}()";
                evidence.Add(new Evidence($"task {function.Name} declares {how} ({function.Span})", function.Span));
                continue;
            }

            violations.Add(new Violation(decorator.Span,
                $"task {function.Name} writes data ({write.Callee}() at line {write.Span.Line}) with neither acks_late nor a retry policy: " +
                "a worker lost mid-task drops the write")
            { Key = function.Name });
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence.Count > 0 ? RuleOutcome.Pass(evidence.Take(1)) : RuleOutcome.Skip("no Celery task writes to a database");
    }

    /// <summary>A database write: an ORM <c>save()</c> or <c>commit()</c> (with a positional argument they are an image
    /// saved to a file or a git commit), a bulk ORM call, or <c>Model.objects.create(...)</c>. A bare <c>.create(</c> is
    /// often an API client, so only the ORM manager's counts.</summary>
    private static bool IsWrite(CallFact call)
    {
        if (!call.Callee.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }

        return call.Name switch
        {
            "save" or "commit" => call.Positional(0) is null,
            "create" => call.Callee.Contains("objects.", StringComparison.Ordinal),
            _ => Writes.Contains(call.Name),
        };
    }

    private static bool IsOff(FactValue value) => value.Kind is ValueKind.Null || value.Kind == ValueKind.Bool && !value.IsTrue
        || value.Kind == ValueKind.Number && value.Text == "0";
}
