using ProdReady.Engine.Facts;
using ProdReady.Engine.Files;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

/// <summary>A dotenv file in the repository. The walk lists what git tracks plus what .gitignore lets in, so every
/// such file is committed or one <c>git add .</c> away from it. Whether .dockerignore lets it into an image is
/// CTR009's question, not this rule's.</summary>
public sealed class CommittedEnvFile : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("SEC007"),
        Name = "committed-env-file",
        Title = ".env file committed or not excluded by .gitignore",
        Area = Area.Secrets,
        Severity = Severity.Critical,
        EffortHours = 0.5,
        Rationale = "A .env file holds one machine's real configuration. Committed, its values reach every clone, fork, CI " +
            "log and backup and stay in history after deletion; left out of .gitignore, the next `git add .` commits it. " +
            "Critical when it holds real secrets, medium when it holds settings only, low when every value is empty " +
            "or a placeholder. Templates (.env.example, .env.sample, .env.template) are the right place for names and " +
            "placeholders; test env files are reported only when they hold real secrets.",
        Fix = "Remove the file from git (`git rm --cached .env`), add `.env` and `.env.*` (with `!.env.example`) to " +
            ".gitignore, commit a .env.example with placeholders, and rotate every secret the file held.",
        References =
        [
            "https://cwe.mitre.org/data/definitions/538.html",
            "https://12factor.net/config",
        ],
        Examples = CommittedEnvFileExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var envFiles = context.Facts.Repository.Files.Where(f => IsCandidate(f.Path)).ToList();
        if (envFiles.Count == 0)
        {
            return RuleOutcome.Skip("no .env file in the repository (templates such as .env.example are fine)");
        }

        var secretLines = context.Facts.Secrets(SecretRules.Scanner).All
            .Where(m => IsCandidate(m.Path)).Select(m => (m.Path, m.Line)).ToHashSet();
        var violations = new List<Violation>();
        foreach (var file in envFiles)
        {
            if (Judge(file, secretLines) is { } violation)
            {
                violations.Add(violation);
            }
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"{envFiles.Count} test .env file(s) hold no real secret"));
    }

    private static bool IsCandidate(string path) => FileRoles.IsEnvFile(path) && !FileRoles.IsEnvExample(path)
        && SecretLocations.Classify(path) != SecretLocation.Template;

    private static bool IsTestEnv(string path) =>
        FileRoles.IsTest(path) || Path.GetFileName(path).ToLowerInvariant().Split('.').Skip(1).Any(p => p is "test" or "testing" or "ci");

    private static Violation? Judge(SourceFile file, HashSet<(string, int)> secretLines)
    {
        var entries = EnvEntries.Read(file).ToList();
        var secrets = entries.Where(e => secretLines.Contains((file.Path, e.Span.Line))
            || (SecretNames.Classify(e.Name) != SecretKind.None && SecretValues.Judge(e.Value) == SecretStrength.Strong)).ToList();
        if (secrets.Count > 0)
        {
            return new Violation(secrets[0].Span, $"{file.Path} is in the repository with {Count(secrets.Count, "real secret")} ({string.Join(", ", secrets.Select(s => s.Name).Distinct().Take(5))})")
            {
                Severity = Severity.Critical,
            };
        }

        if (IsTestEnv(file.Path))
        {
            return null;
        }

        var settings = entries.Where(e => SecretValues.Judge(e.Value) is not (SecretStrength.Empty or SecretStrength.Placeholder)).ToList();
        var location = settings.Count > 0 ? settings[0].Span : entries.Count > 0 ? entries[0].Span : new SourceSpan(file.Path, 1, 1, 0);
        return settings.Count > 0
            ? new Violation(location, $"{file.Path} is in the repository with {Count(settings.Count, "setting")} and no real secret: one machine's configuration, and the place its secrets will be added") { Severity = Severity.Medium }
            : new Violation(location, $"{file.Path} is in the repository with only empty or placeholder values: name it .env.example, or ignore it") { Severity = Severity.Low };
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
