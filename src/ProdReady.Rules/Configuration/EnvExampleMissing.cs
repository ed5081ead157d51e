using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;

namespace ProdReady.Rules.Configuration;

public sealed partial class EnvExampleMissing : Rule
{
    private const int Listed = 20;

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CFG003"),
        Name = "env-example-missing",
        Title = "Environment variables are not documented in an example env file",
        Area = Area.Configuration,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "Whoever deploys the app has to discover the variables it reads by reading the code; a variable that " +
            "is missed silently takes its development default (or None) in production. A committed .env.example is the " +
            "usual, reviewable list of what must be set. An example file that misses some variables is a smaller version " +
            "of the same problem and is reported at low severity.",
        Fix = "Commit a .env.example (next to the code that reads it) listing every variable with a placeholder value and " +
            "a comment, never a real secret; keep it in step when settings change (a CI check can compare it with the " +
            "settings class).",
        References =
        [
            "https://12factor.net/config",
            "https://github.com/motdotla/dotenv#should-i-commit-my-env-file",
        ],
        Examples = EnvExampleExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var variables = EnvVariables.Read(facts);
        if (variables.Count == 0)
        {
            return RuleOutcome.Skip("the code reads no environment variables");
        }

        // An example kept with tests or docs documents that sample, not the application.
        var examples = facts.Repository.AllPaths.Where(p => FileRoles.IsEnvExample(p) && !FileRoles.IsNonProduction(p)).ToList();
        if (examples.Count == 0)
        {
            // A committed .env lists the variables too; what it holds is SEC001's concern.
            examples = [.. facts.Repository.AllPaths.Where(p => FileRoles.IsEnvFile(p) && !FileRoles.IsNonProduction(p))];
        }

        if (examples.Count == 0)
        {
            return RuleOutcome.Fail(new Violation(null,
                $"the code reads {Plural(variables.Count, "environment variable")} ({List(variables.Keys)}) but no .env.example, " +
                ".env.sample, .env.template, example.env or committed .env documents them"));
        }

        var documented = examples.ToDictionary(p => p, p => Documented(facts, p));
        var missing = variables
            .Where(v => !documented.Values.Any(names => names.Contains(v.Key)))
            .GroupBy(v => Nearest(examples, v.Value.File), v => v.Key)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Violation(new SourceSpan(g.Key, 1, 1),
                $"{Plural(g.Count(), "variable")} read by the code {(g.Count() == 1 ? "is" : "are")} missing from {g.Key}: {List(g)}")
            {
                Severity = Severity.Low,
            })
            .ToList();

        return missing.Count > 0
            ? RuleOutcome.Fail([.. missing])
            : RuleOutcome.Pass(new Evidence($"{string.Join(", ", examples)} documents all {Plural(variables.Count, "variable")} the code reads", new SourceSpan(examples[0], 1, 1)));
    }

    /// <summary>Names an example file mentions, as a key or in a comment (<c># SENTRY_DSN=</c> documents an optional variable).</summary>
    private static HashSet<string> Documented(RepositoryFacts facts, string path)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        names.UnionWith(facts.SettingsIn(path).Where(s => s.Origin == SettingOrigin.DotEnv).Select(s => s.Name));
        if (facts.Repository.File(path) is { } file)
        {
            names.UnionWith(Word().Matches(file.Text).Select(m => m.Value));
        }

        return names;
    }

    /// <summary>The example file closest to where a variable is read: the deepest one whose folder contains the reader.</summary>
    private static string Nearest(List<string> examples, string reader) =>
        examples
            .OrderByDescending(e => Folder(e) is var folder && folder.Length == 0 ? 0
                : reader.StartsWith(folder + "/", StringComparison.Ordinal) ? folder.Length : -1)
            .ThenBy(e => e.Count(c => c == '/'))
            .ThenBy(e => e, StringComparer.Ordinal)
            .First();

    private static string Folder(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : string.Empty;

    private static string List(IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", sorted.Take(Listed));
        return sorted.Count > Listed ? $"{shown} and {sorted.Count - Listed} more" : shown;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    [GeneratedRegex("[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();
}
