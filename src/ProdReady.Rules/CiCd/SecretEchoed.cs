using System.Text.RegularExpressions;
using ProdReady.Engine.Documents;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.CiCd;

public sealed partial class SecretEchoed : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CI006"),
        Name = "secret-echoed-in-ci",
        Title = "Secret printed to the CI log",
        Area = Area.CiCd,
        Severity = Severity.High,
        EffortHours = 0.5,
        Rationale = "Build logs are kept for months and readable by everyone with access to the repository (for public " +
            "repositories, by everyone). Log masking only catches the exact secret string: an encoded, split or transformed " +
            "value printed by `echo` is exposed in clear.",
        Fix = "Never echo a secret: pass it to the command that needs it through an environment variable or stdin " +
            "(`echo \"$TOKEN\" | docker login --password-stdin`), write it to a file with restricted permissions, and use " +
            "`::add-mask::` for values derived from secrets. Rotate any secret that was printed.",
        References =
        [
            "https://docs.github.com/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
            "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var github = Pipelines.GitHub(context).ToList();
        var gitlab = Pipelines.GitLab(context).ToList();
        if (github.Count + gitlab.Count == 0)
        {
            return RuleOutcome.Skip("no GitHub Actions or GitLab CI pipeline");
        }

        var violations = new List<Violation>();
        foreach (var workflow in github)
        {
            foreach (var (job, step) in workflow.Steps.Where(s => s.Step.Run is not null))
            {
                var mapped = step.Env.Where(e => e.Value.Text.Contains("secrets.", StringComparison.Ordinal)).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
                Check(context, step.Run!, line => GitHubSecret().Match(line) is { Success: true } m ? m.Value
                    : ShellVariable().Matches(line).Select(v => v.Groups["name"].Value).FirstOrDefault(mapped.Contains), $"job {job.Id} of {workflow.Path}", violations);
            }
        }

        foreach (var pipeline in gitlab)
        {
            foreach (var job in pipeline.Jobs)
            {
                foreach (var line in job.Scripts)
                {
                    Check(context, line, text => ShellVariable().Matches(text).Select(v => v.Groups["name"].Value).FirstOrDefault(SecretName().IsMatch),
                        $"job {job.Name} of {pipeline.Path}", violations);
                }
            }
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Skip("no command prints a secret");
    }

    private static void Check(AuditContext context, DocumentValue script, Func<string, string?> secretIn, string where, List<Violation> violations)
    {
        foreach (var line in script.Text.Split('\n'))
        {
            var echo = Echo().Match(line);
            if (!echo.Success || echo.Groups["rest"].Value.IndexOfAny(['|', '>']) >= 0 || line.Contains("::add-mask::", StringComparison.Ordinal))
            {
                continue;
            }

            if (secretIn(echo.Groups["rest"].Value) is { } secret)
            {
                violations.Add(new Violation(Pipelines.Locate(context, script, echo.Value.Trim()), $"{where} prints {secret} to the log") { Key = secret });
            }
        }
    }

    [GeneratedRegex(@"\b(echo|printf)\b(?<rest>.*)")]
    private static partial Regex Echo();

    [GeneratedRegex(@"\$\{\{\s*secrets\.[A-Za-z0-9_]+\s*\}\}")]
    private static partial Regex GitHubSecret();

    [GeneratedRegex(@"\$\{?(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ShellVariable();

    [GeneratedRegex(@"(PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY|PRIVATE_KEY|ACCESS_KEY)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
