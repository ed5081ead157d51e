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

        var pydantic = PydanticModels.All(facts);
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
            foreach (var (owner, field) in PydanticModels.FieldsOf(type, pydantic))
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

    /// <summary>Request models of route handlers that serve predictions: the handler calls predict-like code or its
    /// route, name or module says it predicts.</summary>
    private static List<ClassFact> RequestModels(Dictionary<string, ClassFact> pydantic, RepositoryFacts facts)
    {
        var handlers = facts.Routes.Where(r => CodePaths.IsApplication(r.Span.File))
            .SelectMany(route => RouteHandlers.Of(route, facts).Where(h => h.Language == SourceLanguage.Python)
                .Where(handler => ModelName().IsMatch(route.Path) || ModelName().IsMatch(handler.Name)
                    || ModelFile().IsMatch(Path.GetFileNameWithoutExtension(handler.Span.File))
                    || RouteHandlers.CallsIn(handler, facts).Any(c => PredictCalls.Contains(c.Name) || ModelName().IsMatch(c.Name))));
        return PydanticModels.RequestModels(handlers, pydantic, facts);
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

        return PydanticModels.Validated(owner, field, facts);
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
