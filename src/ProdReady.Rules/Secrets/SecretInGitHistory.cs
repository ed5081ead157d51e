using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Engine.Rules;
using ProdReady.Engine.Secrets;
using ProdReady.Model;

namespace ProdReady.Rules.Secrets;

/// <summary>Secrets that commits added and the current tree no longer holds: deleting a line does not revoke what
/// every clone still carries. Runs only with <c>--history</c>; it reads the lines each commit added with the same
/// detectors as the tree's scan, and reports each value once, at the oldest commit that added it.</summary>
public sealed class SecretInGitHistory : Rule
{
    private const int ShortSha = 7;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SEC006"),
        Name = "secret-in-git-history",
        Title = "Secret removed from the tree but still in git history",
        Area = Area.Secrets,
        Severity = Severity.High,
        EffortHours = 2,
        Rationale = "A secret deleted in a later commit is still in every clone, fork and mirror of the repository: " +
            "anyone who reads the history can use it until it is revoked.",
        Fix = "Revoke or rotate the credential at its provider; rewriting history (git filter-repo) only helps once " +
            "the old value no longer works, because existing clones keep it.",
        References = ["https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository"],
        Examples = [],
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var root = context.Repository.Root;
        if (!Directory.Exists(root) || !GitHistory.IsRepository(root))
        {
            return RuleOutcome.Skip("the target is not a git work tree, so there is no history to read");
        }

        var scanner = SecretRules.Scanner;
        var current = context.Facts.Secrets(scanner).All.Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var labels = scanner.Detectors.ToDictionary(d => d.Id, d => $"{d.Provider} {d.Label}", StringComparer.Ordinal);
        var oldest = new Dictionary<string, (SecretMatch Match, string Commit)>(StringComparer.Ordinal);
        foreach (var hunk in GitHistory.AddedHunks(root))
        {
            foreach (var match in scanner.Scan(hunk.Path, hunk.Text))
            {
                if (!current.Contains(match.Value))
                {
                    // git log lists newest first, so the last sighting is the commit that introduced the value.
                    oldest[match.Value] = (match with { Line = hunk.FirstLine + match.Line - 1 }, hunk.Commit);
                }
            }
        }

        if (oldest.Count == 0)
        {
            return RuleOutcome.Pass(new Evidence("no secret found in the lines of any commit that the tree no longer holds"));
        }

        var violations = oldest.Values
            .OrderBy(v => v.Match.Path, StringComparer.Ordinal).ThenBy(v => v.Match.Line)
            .Select(v => new Violation(
                new SourceSpan(v.Match.Path, v.Match.Line, v.Match.Column, v.Match.Length),
                $"{labels.GetValueOrDefault(v.Match.DetectorId, "secret")} added in commit {v.Commit[..Math.Min(ShortSha, v.Commit.Length)]} " +
                $"at {v.Match.Path}:{v.Match.Line} is no longer in the tree but remains in history")
            {
                Secret = v.Match.Value,
                Key = $"{v.Match.DetectorId}:{v.Commit}",
            });
        return RuleOutcome.Fail([.. violations]);
    }
}
