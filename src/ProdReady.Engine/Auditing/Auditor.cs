using System.Collections.Concurrent;
using System.Diagnostics;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Suppressions;
using ProdReady.Model;

namespace ProdReady.Engine.Auditing;

/// <summary>One audit end to end: walk, read facts, evaluate rules, score, build the report.</summary>
public sealed class Auditor(IReadOnlyList<Rule> rules, ToolInfo tool)
{
    public AuditReport Run(string root, WalkOptions walk, RuleOptions options, IProgress<AuditProgress>? progress = null, SuppressionOptions? suppressions = null)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new AuditProgress("Reading files", 0));
        var readings = new ConcurrentDictionary<string, FileReading>(StringComparer.Ordinal);
        var repository = RepositoryWalker.Walk(
            root,
            walk,
            progress is null ? null : new Progress<int>(n => progress.Report(new AuditProgress("Reading files", n))),
            file =>
            {
                readings[file.Path] = FactsBuilder.Read(file);
                file.Release();
            });
        var facts = FactsBuilder.Build(repository, [.. repository.Files.Select(f => readings[f.Path])]);
        return Evaluate(facts, options, progress, clock, suppressions);
    }

    public AuditReport Audit(Repository repository, RuleOptions options, IProgress<AuditProgress>? progress = null, Stopwatch? clock = null, SuppressionOptions? suppressions = null)
    {
        clock ??= Stopwatch.StartNew();
        progress?.Report(new AuditProgress("Reading code and configuration", repository.Files.Length));
        return Evaluate(FactsBuilder.Build(repository), options, progress, clock, suppressions);
    }

    private AuditReport Evaluate(RepositoryFacts facts, RuleOptions options, IProgress<AuditProgress>? progress, Stopwatch clock, SuppressionOptions? suppressions)
    {
        progress?.Report(new AuditProgress("Evaluating rules", 0));
        var (results, errors) = RuleEvaluator.Evaluate(facts, rules.Where(r => !options.Disabled.Contains(r.Descriptor.Id)));
        var report = ReportBuilder.Build(facts, results, options, tool, clock.ElapsedMilliseconds, suppressions);
        return report with { Errors = errors };
    }
}
