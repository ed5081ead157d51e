using ProdReady.Engine.Facts;
using ProdReady.Rules.Observability;

namespace ProdReady.Rules.MlServing;

/// <summary>Pydantic models in application code and the request models of route handlers: the classes a handler
/// takes as parameters, with the models nested in their fields.</summary>
internal static class PydanticModels
{
    private static readonly string[] Validators = ["validator", "field_validator"];

    private static readonly string[] ClassValidators = ["model_validator", "root_validator"];

    /// <summary>Classes deriving from pydantic's BaseModel or SQLModel, directly or through other such classes, outside tests.</summary>
    public static Dictionary<string, ClassFact> All(RepositoryFacts facts)
    {
        var candidates = facts.Classes.Where(c => c.Language == SourceLanguage.Python && CodePaths.IsApplication(c.Span.File)).ToList();
        var found = new Dictionary<string, ClassFact>(StringComparer.Ordinal);
        bool grew;
        do
        {
            grew = false;
            foreach (var type in candidates.Where(c => !found.ContainsKey(c.Name)))
            {
                if (type.Inherits("BaseModel") || type.Inherits("SQLModel") || type.Bases.Any(b => found.ContainsKey(b[(b.LastIndexOf('.') + 1)..])))
                {
                    found[type.Name] = type;
                    grew = true;
                }
            }
        }
        while (grew);

        return found;
    }

    /// <summary>The models a handler takes as its request (parameters injected with Depends or Security are not the
    /// request), then, when <paramref name="nested"/>, the models nested in their fields, in file order.</summary>
    public static List<ClassFact> RequestModels(IEnumerable<FunctionFact> handlers, Dictionary<string, ClassFact> models, RepositoryFacts facts, bool nested = true)
    {
        var found = new Dictionary<string, ClassFact>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            var parameters = string.Join(',', TopLevel(PythonSignature.Parameters(handler, facts)).Where(p => !Injected(p)));
            foreach (var type in models.Values.Where(c => Mentions(parameters, c.Name)))
            {
                found.TryAdd(type.Name, type);
            }
        }

        if (!nested)
        {
            return [.. found.Values.OrderBy(c => c.Span.File, StringComparer.Ordinal).ThenBy(c => c.Span.Line)];
        }

        var queue = new Queue<ClassFact>(found.Values);
        while (queue.TryDequeue(out var type))
        {
            foreach (var inner in models.Values.Where(c => !found.ContainsKey(c.Name) && type.Fields.Any(f => Mentions(f.Annotation, c.Name))))
            {
                found[inner.Name] = inner;
                queue.Enqueue(inner);
            }
        }

        return [.. found.Values.OrderBy(c => c.Span.File, StringComparer.Ordinal).ThenBy(c => c.Span.Line)];
    }

    private static bool Injected(string parameter) =>
        parameter.Contains("Depends(", StringComparison.Ordinal) || parameter.Contains("Security(", StringComparison.Ordinal);

    /// <summary>A parameter list split at the commas outside brackets.</summary>
    private static IEnumerable<string> TopLevel(string parameters)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < parameters.Length; i++)
        {
            depth += parameters[i] switch { '(' or '[' or '{' => 1, ')' or ']' or '}' => -1, _ => 0 };
            if (parameters[i] == ',' && depth == 0)
            {
                yield return parameters[start..i];
                start = i + 1;
            }
        }

        yield return parameters[start..];
    }

    /// <summary>The name appears as a whole identifier, not as part of a longer or dotted one.</summary>
    public static bool Mentions(string? text, string name)
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

    /// <summary>A model's fields with the class that declares each, its own before its bases'.</summary>
    public static IEnumerable<(ClassFact Owner, FieldFact Field)> FieldsOf(ClassFact type, Dictionary<string, ClassFact> models)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null;)
        {
            foreach (var field in current.Fields.Where(f => seen.Add(f.Name)))
            {
                yield return (current, field);
            }

            current = current.Bases.Select(b => models.GetValueOrDefault(b[(b.LastIndexOf('.') + 1)..])).FirstOrDefault(b => b is not null && b != type);
        }
    }

    /// <summary>A field_validator for the field (or for every field) or a model validator on the class.</summary>
    public static bool Validated(ClassFact owner, FieldFact field, RepositoryFacts facts) =>
        facts.FunctionsIn(owner.Span.File).Where(f => f.ClassName == owner.Name).Any(m => m.Decorators.Any(d => ClassValidators.Contains(d.Name)
            || (Validators.Contains(d.Name) && d.Arguments.Any(a => a.Value.EffectiveString is { } name && (name == field.Name || name == "*")))));
}
