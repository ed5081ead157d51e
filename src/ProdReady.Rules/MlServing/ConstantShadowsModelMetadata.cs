using System.Globalization;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.MlServing;

public sealed partial class ConstantShadowsModelMetadata : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("ML020"),
        Name = "constant-shadows-model-metadata",
        Title = "Hard-coded constant where the model's metadata has the value",
        Area = Area.MlServing,
        Severity = Severity.Medium,
        EffortHours = 0.5,
        Rationale = "When the serving code reads a value from the model's metadata in one place (`metadata.get(\"initial_rul\", 150)`) " +
            "and passes the same number as a literal in another (`calculate_health_score(remaining, 150)`), the two agree only " +
            "until the model is retrained with a different value. Then predictions are computed with two different constants " +
            "and the scores the service returns are silently wrong.",
        Fix = "Read the value from the metadata once, next to where the model is loaded, and pass that everywhere; keep the " +
            "literal only as the documented fallback when the metadata file is missing.",
        References = ["https://ml-ops.org/content/mlops-principles#versioning"],
        AppliesTo = [Technology.Python],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var lookups = facts.Calls.Where(c => c.Language == SourceLanguage.Python && CodePaths.IsApplication(c.Span.File) && IsMetadataLookup(c)).ToList();
        if (lookups.Count == 0)
        {
            return RuleOutcome.Skip("no value is read from a model metadata dictionary with a numeric fallback");
        }

        var violations = new List<Violation>();
        foreach (var file in lookups.GroupBy(l => l.Span.File))
        {
            var defaults = file
                .Select(l => (Key: l.Positional(0)!.Text!, Value: Number(l.Positional(1)!), Lookup: l))
                .Where(d => d.Value is not null && !Trivial(d.Value.Value))
                .ToList();
            foreach (var call in facts.CallsIn(file.Key).Where(c => !IsMetadataLookup(c)))
            {
                foreach (var argument in call.Arguments)
                {
                    var value = Number(argument.Value);
                    var match = defaults.FirstOrDefault(d => d.Value == value);
                    if (value is null || match.Key is null)
                    {
                        continue;
                    }

                    violations.Add(new Violation(argument.Value.Span,
                        $"{argument.Value.Raw} is passed to {call.Callee}() as a literal, while {match.Lookup.Callee}(\"{match.Key}\") " +
                        $"({match.Lookup.Span}) reads the model's own value for it: they disagree once the model is retrained"));
                }
            }
        }

        return violations.Count > 0
            ? RuleOutcome.Fail([.. violations])
            : RuleOutcome.Pass(new Evidence($"values read from model metadata ({lookups[0].Callee}() in {lookups[0].Span}) are not repeated as literals", lookups[0].Span));
    }

    /// <summary><c>metadata.get("initial_rul", 150)</c>, <c>self.model_meta.get("threshold", 0.7)</c>.</summary>
    private static bool IsMetadataLookup(CallFact call)
    {
        if (call.Name != "get" || call.Arguments.Length != 2 || call.Positional(0) is not { IsString: true } key || key.Text is null
            || call.Positional(1) is not { Kind: ValueKind.Number })
        {
            return false;
        }

        var dot = call.Callee.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        var receiver = call.Callee[..dot];
        var last = receiver[(receiver.LastIndexOf('.') + 1)..];
        return last.Contains("meta", StringComparison.OrdinalIgnoreCase);
    }

    private static double? Number(FactValue value) =>
        value.Kind == ValueKind.Number && double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    // 0, 1 and -1 appear everywhere as neutral values; matching them would be noise.
    private static bool Trivial(double value) => value is 0 or 1 or -1;
}
