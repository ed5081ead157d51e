using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using ProdReady.Engine.Config;
using ProdReady.Engine.Files;
using ProdReady.Model;

namespace ProdReady.Engine.Suppressions;

/// <summary>Applies inline comments, then the config file's ignores, then the baseline. Staleness is judged against
/// every finding the rules produced, so a suppression is stale only when nothing it names exists any more.</summary>
public static class Suppressor
{
    public static SuppressionResult Apply(IReadOnlyList<Finding> findings, Repository repository, SuppressionOptions options)
    {
        var today = options.EffectiveToday;
        var stale = ImmutableArray.CreateBuilder<StaleSuppression>();
        var applied = new Dictionary<Finding, SuppressedFinding>(ReferenceEqualityComparer.Instance);

        if (options.Inline)
        {
            foreach (var inline in InlineSuppressionScanner.Scan(repository))
            {
                ApplyInline(inline, findings, today, applied, stale);
            }
        }

        foreach (var ignore in options.Ignores)
        {
            ApplyIgnore(ignore, findings, today, applied, stale);
        }

        ApplyBaseline(options, findings, applied, stale);

        var inScope = (Finding f) => options.ChangedFiles is not { } changed || f.File is null || changed.Contains(f.File);
        return new SuppressionResult(
            [.. findings.Where(f => !applied.ContainsKey(f) && inScope(f))],
            [.. findings.Where(f => applied.ContainsKey(f) && inScope(f)).Select(f => applied[f])],
            stale.ToImmutable());
    }

    public static bool RuleMatches(Finding finding, string rule) =>
        string.Equals(finding.RuleId.Value, rule, StringComparison.OrdinalIgnoreCase)
        || string.Equals(finding.RuleName, rule, StringComparison.OrdinalIgnoreCase);

    private static void ApplyInline(InlineSuppression inline, IReadOnlyList<Finding> findings, DateOnly today, Dictionary<Finding, SuppressedFinding> applied, ImmutableArray<StaleSuppression>.Builder stale)
    {
        StaleSuppression Stale(string reason) => new() { Source = SuppressionSource.Inline, Rule = Redactor.Text(inline.Rule).Value, File = inline.File, Line = inline.Line, Reason = reason };

        if (inline.Problem is { } problem)
        {
            stale.Add(Stale(problem));
            return;
        }

        if (inline.Until is { } until && until < today)
        {
            stale.Add(Stale($"expired on {until:yyyy-MM-dd}; the finding is reported again"));
            return;
        }

        var matched = findings.Where(f => f.File == inline.File && f.Line is { } line && inline.Covers(line) && RuleMatches(f, inline.Rule)).ToList();
        if (matched.Count == 0)
        {
            stale.Add(Stale($"no {inline.Rule} finding on this line{(inline.Standalone ? " or the next" : string.Empty)}"));
            return;
        }

        foreach (var finding in matched)
        {
            applied.TryAdd(finding, new SuppressedFinding { Finding = finding, Source = SuppressionSource.Inline, Reason = Redactor.Text(inline.Reason).Value, Expires = inline.Until });
        }
    }

    private static void ApplyIgnore(ConfigIgnore ignore, IReadOnlyList<Finding> findings, DateOnly today, Dictionary<Finding, SuppressedFinding> applied, ImmutableArray<StaleSuppression>.Builder stale)
    {
        StaleSuppression Stale(string reason) => new() { Source = SuppressionSource.Config, Rule = ignore.Rule, File = ConfigLoader.FileName, Line = ignore.Line, Reason = reason };

        if (ignore.Until is { } until && until < today)
        {
            stale.Add(Stale($"expired on {until:yyyy-MM-dd}; the findings are reported again"));
            return;
        }

        var matcher = ignore.Path is { } pattern ? new Matcher(StringComparison.Ordinal).AddInclude(pattern) : null;
        var matched = findings.Where(f => RuleMatches(f, ignore.Rule) && (matcher is null || (f.File is { } file && matcher.Match(file).HasMatches))).ToList();
        if (matched.Count == 0)
        {
            stale.Add(Stale(ignore.Path is null ? $"no {ignore.Rule} finding" : $"no {ignore.Rule} finding in '{ignore.Path}'"));
            return;
        }

        foreach (var finding in matched)
        {
            applied.TryAdd(finding, new SuppressedFinding { Finding = finding, Source = SuppressionSource.Config, Reason = Redactor.Text(ignore.Reason).Value, Expires = ignore.Until });
        }
    }

    private static void ApplyBaseline(SuppressionOptions options, IReadOnlyList<Finding> findings, Dictionary<Finding, SuppressedFinding> applied, ImmutableArray<StaleSuppression>.Builder stale)
    {
        if (options.Baseline.IsEmpty)
        {
            return;
        }

        var byFingerprint = findings.ToLookup(f => f.Fingerprint, StringComparer.Ordinal);
        var reason = $"in the baseline {options.BaselineName ?? "file"}";
        foreach (var entry in options.Baseline)
        {
            var matched = byFingerprint[entry.Fingerprint].ToList();
            if (matched.Count == 0)
            {
                stale.Add(new StaleSuppression { Source = SuppressionSource.Baseline, Rule = entry.RuleId, File = entry.File, Reason = $"no finding has fingerprint {entry.Fingerprint} any more" });
                continue;
            }

            foreach (var finding in matched)
            {
                applied.TryAdd(finding, new SuppressedFinding { Finding = finding, Source = SuppressionSource.Baseline, Reason = reason });
            }
        }
    }
}
