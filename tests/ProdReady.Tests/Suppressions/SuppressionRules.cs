using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Tests.Suppressions;

/// <summary>Two small rules for suppression tests: one flags every line containing "DEBUG = True", one reports a
/// missing runbook for the whole repository.</summary>
internal static class SuppressionRules
{
    public static IReadOnlyList<Rule> All { get; } = [new DebugLine(), new NoRunbook()];

    private static RuleDescriptor Descriptor(string id, string name, Severity severity) => new()
    {
        Id = RuleId.Parse(id),
        Name = name,
        Title = "Test rule " + id,
        Area = Area.Configuration,
        Severity = severity,
        EffortHours = 1,
        Rationale = "rationale",
        Fix = "fix",
        AppliesTo = [],
        Examples = [],
    };

    private sealed class DebugLine : Rule
    {
        public override RuleDescriptor Descriptor { get; } = Descriptor("TST901", "debug-line", Severity.Critical);

        public override RuleOutcome Evaluate(AuditContext context)
        {
            var violations = new List<Violation>();
            foreach (var file in context.Facts.Repository.Files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                for (var line = 1; line <= file.LineCount; line++)
                {
                    if (file.Line(line).Contains("DEBUG = True", StringComparison.Ordinal))
                    {
                        violations.Add(new Violation(new SourceSpan(file.Path, line, 1), "debug on"));
                    }
                }
            }

            return violations.Count == 0 ? RuleOutcome.Pass() : RuleOutcome.Fail([.. violations]);
        }
    }

    private sealed class NoRunbook : Rule
    {
        public override RuleDescriptor Descriptor { get; } = Descriptor("TST902", "no-runbook", Severity.Medium);

        public override RuleOutcome Evaluate(AuditContext context) => RuleOutcome.Fail(new Violation(null, "no runbook"));
    }
}
