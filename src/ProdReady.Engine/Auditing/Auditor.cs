using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;
using ProdReady.Engine.Suppressions;
using ProdReady.Model;

namespace ProdReady.Engine.Auditing;

/// <summary>One audit end to end: walk, read facts, evaluate rules, score, build the report. With a
/// <paramref name="secretScanner"/>, a walk of the disk scans each file for secrets while its text is in memory, so the
/// secret rules that use that scanner never read a file again.</summary>
public sealed class Auditor(IReadOnlyList<Rule> rules, ToolInfo tool, SecretScanner? secretScanner = null)
{
    public AuditReport Run(string root, WalkOptions walk, RuleOptions options, IProgress<AuditProgress>? progress = null, SuppressionOptions? suppressions = null)
    {
        var clock = Stopwatch.StartNew();
        progress?.Report(new AuditProgress("Reading files", 0));
        var readings = new ConcurrentDictionary<string, FileReading>(StringComparer.Ordinal);
        var secrets = new ConcurrentDictionary<string, ImmutableArray<SecretMatch>>(StringComparer.Ordinal);
        var repository = RepositoryWalker.Walk(
            root,
            walk,
            progress is null ? null : new Progress<int>(n => progress.Report(new AuditProgress("Reading files", n))),
            file =>
            {
                readings[file.Path] = FactsBuilder.Read(file);
                if (secretScanner is not null)
                {
                    secrets[file.Path] = secretScanner.Scan(file.Path, file.Text);
                }

                file.Release();
            });
        var facts = FactsBuilder.Build(repository, [.. repository.Files.Select(f => readings[f.Path])]);
        if (secretScanner is not null)
        {
            facts.UseSecrets(new RepositorySecrets(secretScanner, [.. repository.Files.SelectMany(f => secrets[f.Path])]));
        }

        return Evaluate(facts, options, progress, clock, suppressions);
    }

    public AuditReport Audit(Repository repository, RuleOptions options, IProgress<AuditProgress>? progress = null, Stopwatch? clock = null, SuppressionOptions? suppressions = null)
    {
        clock ??= Stopwatch.StartNew();
        progress?.Report(new AuditProgress("Reading code and configuration", repository.Files.Length));
        return Evaluate(FactsBuilder.Build(repository), options, progress, clock, suppressions);
    }

    /// <summary>Audits facts already read, for a caller that also needs the facts themselves.</summary>
    public AuditReport Audit(RepositoryFacts facts, RuleOptions options) => Evaluate(facts, options, null, Stopwatch.StartNew(), null);

    private AuditReport Evaluate(RepositoryFacts facts, RuleOptions options, IProgress<AuditProgress>? progress, Stopwatch clock, SuppressionOptions? suppressions)
    {
        progress?.Report(new AuditProgress("Evaluating rules", 0));
        var (results, errors) = RuleEvaluator.Evaluate(facts, rules.Where(r => !options.Disabled.Contains(r.Descriptor.Id)));
        var report = ReportBuilder.Build(facts, results, options, tool, clock.ElapsedMilliseconds, suppressions);
        return report with { Errors = errors };
    }
}
