using System.Text.RegularExpressions;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.CiCd;

public sealed partial class SecurityScanMissing : Rule
{
    private static readonly string[] ScanActions =
    [
        "github/codeql-action", "aquasecurity/trivy-action", "snyk/actions", "returntocorp/semgrep-action", "semgrep/semgrep-action",
        "gitleaks/gitleaks-action", "trufflesecurity/trufflehog", "anchore/scan-action", "anchore/sbom-action", "ossf/scorecard-action",
        "actions/dependency-review-action", "pypa/gh-action-pip-audit", "bridgecrewio/checkov-action", "aquasecurity/tfsec-action",
        "google/osv-scanner-action", "securego/gosec", "sonarsource/sonarcloud-github-action", "sonarsource/sonarqube-scan-action",
        "docker/scout-action", "zaproxy/action-baseline", "pyupio/safety-action",
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CI008"),
        Name = "security-scan-missing",
        Title = "No security scanning in CI",
        Area = Area.CiCd,
        Severity = Severity.Low,
        EffortHours = 1,
        Rationale = "Vulnerable dependencies, leaked keys and injection-prone code are cheapest to catch on the pull request " +
            "that introduces them; without a scanner in the pipeline they are found by an attacker or an auditor instead.",
        Fix = "Add at least one scanner to CI: CodeQL (`github/codeql-action`) or Semgrep for code, `pip-audit`, `npm audit`, " +
            "`dotnet list package --vulnerable` or Trivy for dependencies and images, gitleaks for secrets; on GitLab include " +
            "the `Security/SAST.gitlab-ci.yml` and `Security/Dependency-Scanning.gitlab-ci.yml` templates.",
        References =
        [
            "https://docs.github.com/code-security/code-scanning/introduction-to-code-scanning/about-code-scanning",
            "https://docs.gitlab.com/ee/user/application_security/sast/",
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

        var action = github.SelectMany(w => w.Steps).Select(s => s.Step.Uses).FirstOrDefault(u => u is not null && ScanActions.Any(a => u.Text.StartsWith(a, StringComparison.OrdinalIgnoreCase)));
        if (action is not null)
        {
            return RuleOutcome.Pass(new Evidence($"security scanning in CI: {action.Text}", action.Span));
        }

        var command = Pipelines.Commands(context).FirstOrDefault(c => ScanCommand().IsMatch(c.Command.Text));
        if (command.Command is not null)
        {
            var match = ScanCommand().Match(command.Command.Text).Value;
            return RuleOutcome.Pass(new Evidence($"security scanning in CI: `{match}` in {command.File}", Pipelines.Locate(context, command.Command, match)));
        }

        var template = gitlab.SelectMany(p => p.Includes).FirstOrDefault(i => i.Text.Contains("Security/", StringComparison.Ordinal) || i.Text.Contains("SAST", StringComparison.Ordinal));
        if (template is not null)
        {
            return RuleOutcome.Pass(new Evidence($"security scanning in CI: GitLab template {template.Text}", template.Span));
        }

        if (Pipelines.Others(context).Any() || Pipelines.Unreadable(context).Any())
        {
            return RuleOutcome.Skip("part of the pipeline is in a CI system ProdReady does not read");
        }

        var files = string.Join(", ", github.Select(w => w.Path).Concat(gitlab.Select(p => p.Path)));
        return RuleOutcome.Fail(new Violation(null, $"no security scanning step: searched {files} for CodeQL, Trivy, Snyk, Semgrep, gitleaks, " +
            "Bandit, npm audit, pip-audit, Safety, OSV-Scanner, Grype, Checkov, dependency review, GitLab security templates and prodready " +
            "(GitHub's default CodeQL setup is configured outside the repository and cannot be seen)"));
    }

    [GeneratedRegex(@"\b(trivy|snyk|semgrep|gitleaks|trufflehog|bandit|pip-audit|safety\s+(check|scan)|osv-scanner|grype|checkov|tfsec|gosec|govulncheck|cargo\s+(audit|deny)|brakeman|prodready|(npm|yarn|pnpm)\s+audit|dotnet\s+list\s+[^\n]*--vulnerable|codeql|dependency-check|kics|hadolint)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScanCommand();
}
