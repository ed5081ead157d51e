using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.MlServing;

public sealed partial class UnconstrainedModelInputs : Rule
{
    private static readonly string[] MlModules = ["sklearn", "xgboost", "lightgbm", "catboost", "torch", "tensorflow", "keras", "onnxruntime", "joblib", "transformers"];

    private static readonly string[] PredictCalls = ["predict", "predict_proba", "inplace_predict", "predict_batch", "forecast", "infer"];

    private static readonly string[] Validators = ["validator", "field_validator"];

    private static readonly string[] ClassValidators = ["model_validator", "root_validator"];

    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("ML002"),
        Name = "unconstrained-model-inputs",
        Title = "Numeric model inputs accept any value",
        Area = Area.MlServing,
        Severity = Severity.Medium,
        EffortHours = 1,
        Rationale = "A pydantic float or int accepts any number, including negative, absurdly large, infinite and (for float) NaN " +
            "values. A model fed values outside its training range extrapolates silently and returns confident nonsense, and NaN " +
            "can propagate into every downstream prediction instead of being rejected with a 422.",
        Fix = "Bound every numeric feature by its physical or training range with Field(ge=…, le=…) (or Annotated[float, " +
            "Field(ge=…, le=…)], confloat/conint), and use allow_inf_nan=False for floats; for rules across fields use a " +
            "field_validator or model_validator.",
        References =
        [
            "https://docs.pydantic.dev/latest/concepts/fields/#numeric-constraints",
            "https://fastapi.tiangolo.com/tutorial/body-fields/",
        ],
        AppliesTo = [Technology.Python],
        Examples = Examples,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        if (!UsesModels(facts))
        {
            return RuleOutcome.Skip("no machine-learning library or model loading was found");
        }

        var pydantic = PydanticClasses(facts);
        var feeding = RequestModels(pydantic, facts);
        if (feeding.Count == 0)
        {
            return RuleOutcome.Skip("no pydantic request model feeding a model was found");
        }

        var violations = new List<Violation>();
        var reported = new HashSet<SourceSpan>();
        Evidence? evidence = null;
        foreach (var type in feeding)
        {
            foreach (var (owner, field) in FieldsOf(type, pydantic))
            {
                if (!IsNumeric(field.Annotation) || IsIdentifier(field.Name))
                {
                    continue;
                }

                if (IsConstrained(owner, field, facts))
                {
                    evidence ??= new Evidence($"{field.Name} in {owner.Name} is bounded ({field.Span})", field.Span);
                }
                else if (reported.Add(field.Span))
                {
                    var values = field.Annotation!.Contains("int", StringComparison.OrdinalIgnoreCase) ? "negative or huge" : "negative, huge, infinite or NaN";
                    violations.Add(new Violation(field.Span,
                        $"{field.Name}: {field.Annotation} in {owner.Name} has no range constraint or validator, so any value ({values}) reaches the model")
                    { Key = $"{owner.Name}.{field.Name}" });
                }
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence is null ? RuleOutcome.Skip("the request models have no numeric fields") : RuleOutcome.Pass(evidence);
    }

    private static bool UsesModels(RepositoryFacts facts) =>
        facts.Imports.Any(i => MlModules.Any(m => i.Module == m || i.Module.StartsWith(m + ".", StringComparison.Ordinal)))
        || facts.Calls.Any(c => ModelLoads.IsLoad(c, facts));

    /// <summary>Classes deriving from pydantic's BaseModel, directly or through other such classes, outside tests.</summary>
    private static Dictionary<string, ClassFact> PydanticClasses(RepositoryFacts facts)
    {
        var candidates = facts.Classes.Where(c => c.Language == SourceLanguage.Python && CodePaths.IsApplication(c.Span.File)).ToList();
        var found = new Dictionary<string, ClassFact>(StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var type in candidates.Where(c => !found.ContainsKey(c.Name)))
            {
                if (type.Inherits("BaseModel") || type.Bases.Any(b => found.ContainsKey(b[(b.LastIndexOf('.') + 1)..])))
                {
                    found[type.Name] = type;
                    grew = true;
                }
            }
        }
        while (grew);

        return found;
    }

    /// <summary>Request models of route handlers that serve predictions: the class is a parameter type of a handler
    /// that calls predict-like code or whose route, name or module says it predicts; classes nested in their fields
    /// are request models too.</summary>
    private static List<ClassFact> RequestModels(Dictionary<string, ClassFact> pydantic, RepositoryFacts facts)
    {
        var found = new Dictionary<string, ClassFact>(StringComparer.Ordinal);
        foreach (var route in facts.Routes.Where(r => CodePaths.IsApplication(r.Span.File)))
        {
            foreach (var handler in RouteHandlers.Of(route, facts).Where(h => h.Language == SourceLanguage.Python))
            {
                var predicts = ModelName().IsMatch(route.Path) || ModelName().IsMatch(handler.Name) || ModelFile().IsMatch(Path.GetFileNameWithoutExtension(handler.Span.File))
                    || RouteHandlers.CallsIn(handler, facts).Any(c => PredictCalls.Contains(c.Name) || ModelName().IsMatch(c.Name));
                if (!predicts)
                {
                    continue;
                }

                var parameters = PythonSignature.Parameters(handler, facts);
                foreach (var type in pydantic.Values.Where(c => Mentions(parameters, c.Name)))
                {
                    found.TryAdd(type.Name, type);
                }
            }
        }

        var queue = new Queue<ClassFact>(found.Values);
        while (queue.TryDequeue(out var type))
        {
            foreach (var nested in pydantic.Values.Where(c => !found.ContainsKey(c.Name) && type.Fields.Any(f => Mentions(f.Annotation, c.Name))))
            {
                found[nested.Name] = nested;
                queue.Enqueue(nested);
            }
        }

        return [.. found.Values.OrderBy(c => c.Span.File, StringComparer.Ordinal).ThenBy(c => c.Span.Line)];
    }

    /// <summary>The name appears as a whole identifier, not as part of a longer or dotted one.</summary>
    private static bool Mentions(string? text, string name)
    {
        for (var at = text?.IndexOf(name, StringComparison.Ordinal) ?? -1; at >= 0; at = text!.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            var before = at == 0 || !(char.IsLetterOrDigit(text![at - 1]) || text[at - 1] is '_' or '.');
            var after = end == text!.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_');
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(ClassFact Owner, FieldFact Field)> FieldsOf(ClassFact type, Dictionary<string, ClassFact> pydantic)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null;)
        {
            foreach (var field in current.Fields.Where(f => seen.Add(f.Name)))
            {
                yield return (current, field);
            }

            current = current.Bases.Select(b => pydantic.GetValueOrDefault(b[(b.LastIndexOf('.') + 1)..])).FirstOrDefault(b => b is not null && b != type);
        }
    }

    /// <summary><c>id</c>, <c>machine_id</c>, <c>userId</c>: a key that selects a record, not a feature the model scores;
    /// a bad one fails the look-up rather than skewing a prediction.</summary>
    private static bool IsIdentifier(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("_id", StringComparison.OrdinalIgnoreCase)
        || (name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2);

    private static bool IsNumeric(string? annotation)
    {
        if (annotation is null)
        {
            return false;
        }

        var text = annotation.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (text.StartsWith("Annotated[", StringComparison.Ordinal))
        {
            text = text["Annotated[".Length..].Split(',')[0];
        }

        return NumericAnnotation().IsMatch(text);
    }

    private static bool IsConstrained(ClassFact owner, FieldFact field, RepositoryFacts facts)
    {
        if (Bound().IsMatch(field.Annotation ?? string.Empty) || ConstrainedType().IsMatch(field.Annotation ?? string.Empty)
            || (field.Value is { } value && Bound().IsMatch(value.Raw)))
        {
            return true;
        }

        var methods = facts.FunctionsIn(owner.Span.File).Where(f => f.ClassName == owner.Name).ToList();
        return methods.Any(m => m.Decorators.Any(d => ClassValidators.Contains(d.Name)
            || (Validators.Contains(d.Name) && d.Arguments.Any(a => a.Value.EffectiveString is { } name && (name == field.Name || name == "*")))));
    }

    [GeneratedRegex(@"^(Optional\[|Union\[)?(int|float|Decimal|decimal\.Decimal|StrictInt|StrictFloat)(\]|,None\]|\|None)?$")]
    private static partial Regex NumericAnnotation();

    [GeneratedRegex(@"\b(ge|gt|le|lt)\s*=|\b(Ge|Gt|Le|Lt|Interval)\(")]
    private static partial Regex Bound();

    [GeneratedRegex(@"\b(conint|confloat|condecimal|Positive(Int|Float)|Negative(Int|Float)|NonNegative(Int|Float)|NonPositive(Int|Float))\b")]
    private static partial Regex ConstrainedType();

    [GeneratedRegex("predict|inference|infer|forecast|scor(e|ing)|classif|detect|recommend", RegexOptions.IgnoreCase)]
    private static partial Regex ModelName();

    [GeneratedRegex("predict|inference|forecast|scoring|classif", RegexOptions.IgnoreCase)]
    private static partial Regex ModelFile();
}
