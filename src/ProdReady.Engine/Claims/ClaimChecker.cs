using System.Collections.Immutable;
using ProdReady.Model;
using ProdReady.Model.Claims;

namespace ProdReady.Engine.Claims;

/// <summary>Gives each claim its status from one audit. A contradicting finding always wins: a document cannot be
/// right about rate limiting while the audit finds routes without it.</summary>
public static class ClaimChecker
{
    private const int EvidenceListed = 3;

    public static ImmutableArray<CheckedClaim> Check(IEnumerable<Claim> claims, ClaimContext context)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(context);

        return [.. claims.Select(claim => Check(claim, context))];
    }

    public static CheckedClaim Check(Claim claim, ClaimContext context)
    {
        var topic = ClaimTopics.Classify(claim.Text);
        var (status, evidence) = topic switch
        {
            null => (ClaimStatus.NotCheckable, [Note("no topic ProdReady can check was recognised")]),
            { Checkable: false } => (ClaimStatus.NotCheckable, [Note("an organisational claim: nothing in a repository can show it")]),
            _ => Judge(topic, context),
        };

        return new CheckedClaim
        {
            Line = claim.Line,
            Text = Redactor.Text(claim.Text),
            Topic = topic?.Id,
            Status = status,
            Evidence = evidence,
        };
    }

    private static (ClaimStatus, ImmutableArray<ClaimEvidence>) Judge(ClaimTopic topic, ClaimContext context)
    {
        var contradicting = context.Report.Findings
            .Where(f => topic.Contradicting.Contains(f.RuleId.Value))
            .Take(EvidenceListed)
            .Select(f => new ClaimEvidence
            {
                RuleId = f.RuleId.Value,
                File = f.File,
                Line = f.Line,
                Text = Redactor.Text($"{f.RuleId} {ReportLocation(f.File, f.Line)}: {f.Title}"),
            })
            .ToImmutableArray();
        if (!contradicting.IsEmpty)
        {
            return (ClaimStatus.Contradicted, contradicting);
        }

        var passed = context.Report.Passed
            .Where(p => topic.Supporting.Contains(p.RuleId.Value))
            .Select(p => new ClaimEvidence { RuleId = p.RuleId.Value, File = p.File, Line = p.Line, Text = Redactor.Text($"{p.RuleId}: {p.Evidence.Value}") });
        var facts = topic.Probes.SelectMany(probe => probe.Find(context));
        var supporting = passed.Concat(facts).DistinctBy(e => (e.RuleId, e.File, e.Line)).Take(EvidenceListed).ToImmutableArray();
        if (!supporting.IsEmpty)
        {
            return (ClaimStatus.Supported, supporting);
        }

        var searched = topic.Supporting.Select(r => $"a passed {r}").Concat(topic.Probes.Select(p => p.Description));
        return (ClaimStatus.NoEvidence, [Note($"searched for {string.Join("; ", searched)}")]);
    }

    private static string ReportLocation(string? file, int? line) => file switch
    {
        null => "repository",
        _ when line is { } number => $"{file}:{number}",
        _ => file,
    };

    private static ClaimEvidence Note(string text) => new() { Text = Redactor.Trusted(text) };
}
