using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Containers;
using ProdReady.Rules.Kubernetes;

namespace ProdReady.Rules.Configuration;

public sealed partial class EnvVariableNeverProvided : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("CFG080"),
        Name = "env-variable-never-provided",
        Title = "The code requires an environment variable that no deployment file provides",
        Area = Area.Configuration,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "A variable read with no default (os.environ[\"X\"], decouple's config(\"X\"), django-environ's env(\"X\")) " +
            "stops the app at start-up or at the first request that needs it when it is unset. When neither the compose file, " +
            "the Kubernetes manifests, the Dockerfile nor the example env file mentions it, whoever deploys the app learns about " +
            "it from a crash.",
        Fix = "Provide the variable where the app is deployed (compose `environment`, a Kubernetes env entry or a ConfigMap/Secret " +
            "in envFrom) and list it with a placeholder in .env.example; or give the read a safe default if it is optional.",
        References =
        [
            "https://12factor.net/config",
            "https://kubernetes.io/docs/tasks/inject-data-application/define-environment-variable-container/",
            "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
        ],
        AppliesTo = [Technology.Python],
        Examples = EnvVariableNeverProvidedExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        // A compose file that only runs a database or broker beside a locally run app says nothing of the app's environment.
        var appServices = ContainerFiles.Services(facts).Where(s => s.HasBuild || (s.Image is not null && BackingImages.Of(s) is null));
        if (!appServices.Any() && !Workloads.All(facts).Any())
        {
            return RuleOutcome.Skip("no compose service or Kubernetes workload runs the app, so nothing says what it is given");
        }

        var candidates = EnvVariables.Read(facts);
        var required = facts.EnvReads
            .Where(r => r.Default is null && r.Span.File.EndsWith(".py", StringComparison.Ordinal) && candidates.ContainsKey(r.Name) && Required(facts, r))
            .GroupBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(r => r.Span.File, StringComparer.Ordinal).ThenBy(r => r.Span.Line).First())
            .OrderBy(r => r.Span.File, StringComparer.Ordinal).ThenBy(r => r.Span.Line)
            .ToList();
        if (required.Count == 0)
        {
            return RuleOutcome.Skip("the code reads no environment variable without a default");
        }

        var provided = ProvidedVariables.Read(facts);
        if (provided.Unjudgeable is { } reason)
        {
            return RuleOutcome.Skip($"what the deployment provides cannot be fully known: {reason}");
        }

        var missing = required.Where(r => !provided.Names.Contains(r.Name)).ToList();
        if (missing.Count == 0)
        {
            var names = string.Join(", ", required.Take(5).Select(r => r.Name)) + (required.Count > 5 ? ", …" : "");
            return RuleOutcome.Pass(new Evidence($"every variable the code requires ({names}) is provided by the deployment files"));
        }

        return RuleOutcome.Fail([.. missing.Select(r => new Violation(r.Span,
            $"{r.Name} is read with no default but nothing provides it (searched {ProvidedVariables.Searched})") { Key = r.Name })]);
    }

    /// <summary>A read that fails when the variable is unset: a subscript of os.environ (not an assignment to it, not
    /// guarded by a membership test or a KeyError handler), or decouple's and django-environ's look-ups, which raise.
    /// os.getenv and os.environ.get return None, which the code may well expect.</summary>
    private static bool Required(RepositoryFacts facts, EnvReadFact read)
    {
        if (facts.Repository.File(read.Span.File) is not { } file)
        {
            return false;
        }

        var line = file.Line(read.Span.Line);
        var text = read.Span.Column - 1 < line.Length ? line[(read.Span.Column - 1)..] : "";
        if (Subscript().Match(text) is { Success: true } subscript)
        {
            var guarded = file.Text.Contains($"\"{read.Name}\" in ", StringComparison.Ordinal) || file.Text.Contains($"'{read.Name}' in ", StringComparison.Ordinal);
            var handled = Enumerable.Range(read.Span.Line, 8).Select(file.Line).Any(l => KeyErrorHandler().IsMatch(l));
            return !Assignment().IsMatch(text[subscript.Length..]) && !guarded && !handled;
        }

        return Raising().IsMatch(text);
    }

    [GeneratedRegex(@"^(os\.)?environ\s*\[[^\]]*\]")]
    private static partial Regex Subscript();

    [GeneratedRegex(@"^\s*=(?!=)")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^\s*except\b.*\b(KeyError|LookupError|Exception)\b|^\s*except\s*:")]
    private static partial Regex KeyErrorHandler();

    [GeneratedRegex(@"^((decouple\.)?config|env(\.\w+)?)\s*\(")]
    private static partial Regex Raising();
}
