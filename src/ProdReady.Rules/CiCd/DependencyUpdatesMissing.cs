using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.CiCd;

public sealed partial class DependencyUpdatesMissing : Rule
{
    private static readonly string[] ConfigFiles =
    [
        ".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json",
        ".renovaterc.json5", ".github/renovate.json", ".github/renovate.json5", ".gitlab/renovate.json", ".gitlab/renovate.json5",
    ];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CI007"),
        Name = "dependency-updates-missing",
        Title = "No automated dependency updates",
        Area = Area.CiCd,
        Severity = Severity.Low,
        EffortHours = 0.5,
        Rationale = "Without a bot proposing updates, dependencies (and pinned actions and base images) fall behind until " +
            "upgrading is a project of its own, and security fixes wait for someone to notice an advisory.",
        Fix = "Add `.github/dependabot.yml` with an entry per ecosystem (pip, npm, nuget, docker, github-actions) on a weekly " +
            "schedule, or a `renovate.json` (`{ \"extends\": [\"config:recommended\"] }`); group minor updates to keep the " +
            "pull requests manageable.",
        References =
        [
            "https://docs.github.com/code-security/dependabot/dependabot-version-updates/configuring-dependabot-version-updates",
            "https://docs.renovatebot.com/getting-started/installing-onboarding/",
        ],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        if (context.Facts.Dependencies.IsEmpty)
        {
            return RuleOutcome.Skip("no declared dependencies");
        }

        var config = context.Repository.AllPaths.FirstOrDefault(p => ConfigFiles.Contains(p, StringComparer.Ordinal));
        if (config is not null)
        {
            return RuleOutcome.Pass(new Evidence($"dependency updates configured in {config}"));
        }

        var packageJson = context.Repository.File("package.json");
        if (packageJson is not null && packageJson.Text.Contains("\"renovate\"", StringComparison.Ordinal))
        {
            return RuleOutcome.Pass(new Evidence("Renovate configured in package.json"));
        }

        return RuleOutcome.Fail(new Violation(null, $"no dependency-update configuration: searched for {string.Join(", ", ConfigFiles)} and a \"renovate\" key in package.json"));
    }
}
