using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Engine.Rules;
using ProdReady.Model;
using ProdReady.Rules.MlServing;
using ProdReady.Rules.Observability;
using ProdReady.Rules.Security;

namespace ProdReady.Rules.Database;

public sealed partial class RequestTextUnbounded : Rule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = RuleId.Parse("DB010"),
        Name = "request-text-unbounded",
        Title = "Text from a request reaches the database with no length limit",
        Area = Area.Database,
        Severity = Severity.Low,
        EffortHours = 0.5,
        Rationale = "A pydantic `str` accepts a string of any length. When a route stores it, a value longer than the column " +
            "fails at the database with a 500 instead of a 422 that says which field is wrong, and where the column is " +
            "unbounded (TEXT, JSON) one request can store megabytes that every later page and backup carries.",
        Fix = "Give every stored string a limit that matches its column: `name: str = Field(max_length=255)`, " +
            "`Annotated[str, StringConstraints(max_length=255)]`, `constr(max_length=255)`, or `str_max_length` in the " +
            "model's config.",
        References =
        [
            "https://docs.pydantic.dev/latest/concepts/fields/#string-constraints",
            "https://fastapi.tiangolo.com/tutorial/body-fields/",
            "https://cheatsheetseries.owasp.org/cheatsheets/Input_Validation_Cheat_Sheet.html",
        ],
        AppliesTo = [Technology.FastApi],
        Examples = RequestTextUnboundedExamples.All,
    };

    public override RuleOutcome Evaluate(AuditContext context)
    {
        var facts = context.Facts;
        var routers = FastApiRouters.Read(context);
        var writers = facts.Routes.Where(r => r.Framework == "fastapi" && CodePaths.IsApplication(r.Span.File)
                && !routers.IsDevelopmentOnly(r, facts.CallsIn(r.Span.File).FirstOrDefault(c => c.Span == r.Span)))
            .SelectMany(r => RouteHandlers.Of(r, facts))
            .Select(h => (Handler: h, Write: RouteHandlers.CallsIn(h, facts).FirstOrDefault(IsWrite)))
            .Where(w => w.Write is not null)
            .ToList();
        if (writers.Count == 0)
        {
            return RuleOutcome.Skip("no FastAPI route stores what it receives");
        }

        var models = PydanticModels.All(facts);
        var violations = new List<Violation>();
        Evidence? evidence = null;
        var reported = new HashSet<SourceSpan>();
        foreach (var (handler, write) in writers)
        {
            // Models nested in a request mostly refer to records that exist already; only the request's own fields are judged.
            foreach (var type in PydanticModels.RequestModels([handler], models, facts, nested: false))
            {
                var limited = LimitedByConfig(type, models);
                foreach (var (owner, field) in PydanticModels.FieldsOf(type, models).Where(f => IsText(f.Field.Annotation) && !IsCredential(f.Field.Name)))
                {
                    if (limited || IsLimited(field) || PydanticModels.Validated(owner, field, facts))
                    {
                        evidence ??= new Evidence($"{field.Name} in {owner.Name} has a length limit ({field.Span})", field.Span);
                    }
                    else if (reported.Add(field.Span))
                    {
                        violations.Add(new Violation(field.Span,
                            $"{field.Name}: {field.Annotation} in {owner.Name} has no max_length, and {handler.Name}() stores it ({write!.Callee} at {write.Span})")
                        { Key = $"{owner.Name}.{field.Name}" });
                    }
                }
            }
        }

        if (violations.Count > 0)
        {
            return RuleOutcome.Fail([.. violations]);
        }

        return evidence is null ? RuleOutcome.Skip("the models stored by routes have no text fields") : RuleOutcome.Pass(evidence);
    }

    /// <summary>A call that writes to a database: an ORM session's add or commit, a driver's insert, or a CRUD helper
    /// named for creating or updating.</summary>
    private static bool IsWrite(CallFact call) =>
        call.Name is "add" or "add_all" or "commit" or "insert" or "insert_one" or "insert_many" or "bulk_create" or "bulk_insert_mappings"
        || (call.Name == "create" && call.Callee.Contains("objects", StringComparison.Ordinal))
        || CrudName().IsMatch(call.Name);

    /// <summary>Passwords, tokens and codes are hashed or checked, not stored as sent.</summary>
    private static bool IsCredential(string name) => CredentialName().IsMatch(name);

    private static bool IsText(string? annotation) =>
        annotation is not null && TextAnnotation().IsMatch(annotation.Replace(" ", string.Empty, StringComparison.Ordinal));

    private static bool IsLimited(FieldFact field) =>
        MaxLength().IsMatch(field.Annotation ?? string.Empty) || (field.Value is { } value && MaxLength().IsMatch(value.Raw));

    /// <summary><c>model_config = ConfigDict(str_max_length=…)</c> (or the v1 <c>max_anystr_length</c>) on the model or a base.</summary>
    private static bool LimitedByConfig(ClassFact type, Dictionary<string, ClassFact> models) =>
        PydanticModels.FieldsOf(type, models).Any(f => f.Field.Name is "model_config" or "Config" && f.Field.Value is { } value
            && ConfigLimit().IsMatch(value.Raw));

    [GeneratedRegex(@"^(Optional\[|Union\[)?str(\]|,None\]|\|None)?$")]
    private static partial Regex TextAnnotation();

    [GeneratedRegex(@"\bmax_length\s*=")]
    private static partial Regex MaxLength();

    [GeneratedRegex(@"\b(str_max_length|max_anystr_length)\s*=")]
    private static partial Regex ConfigLimit();

    [GeneratedRegex("passw(or)?d|token|secret|otp|code$|captcha", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialName();

    [GeneratedRegex(@"^(create|update|insert|save|upsert)_\w+$")]
    private static partial Regex CrudName();
}
