using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;
using ProdReady.Rules.Configuration;

namespace ProdReady.Rules.Secrets;

/// <summary>Finds the code that checks a secret setting before the app serves traffic: pydantic validators naming
/// the field, length constraints on it, or a check that raises or exits when it is wrong.</summary>
internal static partial class StartupChecks
{
    private static readonly HashSet<string> ValidatorDecorators = new(StringComparer.Ordinal)
    {
        "field_validator", "validator", "model_validator", "root_validator",
    };

    /// <summary>Where <paramref name="name"/> is validated, or null.</summary>
    public static SourceSpan? Find(RepositoryFacts facts, string name, ClassFact? owner, FieldFact? field)
    {
        if (field is not null && Constrained(facts, field))
        {
            return field.Span;
        }

        if (owner is not null && Validator(facts, name, owner) is { } validator)
        {
            return validator;
        }

        return RaisingCheck(facts, name);
    }

    private static bool Constrained(RepositoryFacts facts, FieldFact field)
    {
        if (field.Annotation is { } annotation && (annotation.Contains("min_length", StringComparison.Ordinal) || annotation.Contains("constr(", StringComparison.Ordinal)))
        {
            return true;
        }

        return field.Value is { } value && facts.CallsAt(value.Span)
            .Any(c => c.Name == "Field" && (c.Keyword("min_length") is not null || c.Keyword("pattern") is not null));
    }

    private static SourceSpan? Validator(RepositoryFacts facts, string name, ClassFact owner)
    {
        foreach (var function in facts.FunctionsIn(owner.Span.File).Where(f => f.Span.Line > owner.Span.Line && f.Span.Line <= owner.EndLine))
        {
            foreach (var decorator in function.Decorators.Where(d => ValidatorDecorators.Contains(d.Name)))
            {
                var named = decorator.Arguments.Where(a => a.Name is null).Select(a => a.Value.Text);
                if (named.Any(n => n == name || n == "*") || (decorator.Name is "model_validator" or "root_validator" && BodyMentions(facts, function, name)))
                {
                    return function.Span;
                }
            }
        }

        return null;
    }

    // Stopgap until a reader records statements: a line that names the secret and raises, throws, asserts or exits,
    // or an if on that name followed closely by one of those.
    private static SourceSpan? RaisingCheck(RepositoryFacts facts, string name)
    {
        var word = new Regex($"\\b{Regex.Escape(name)}\\b");
        foreach (var file in facts.Repository.Files.Where(f => (FileRoles.IsPython(f.Path) || FileRoles.IsJavaScript(f.Path)) && FileRoles.IsProduction(f.Path)))
        {
            if (!file.Text.Contains(name, StringComparison.Ordinal))
            {
                continue;
            }

            for (var line = 1; line <= file.LineCount; line++)
            {
                var text = file.Line(line);
                if (!word.IsMatch(text))
                {
                    continue;
                }

                if (Fails().IsMatch(text) || Assert().IsMatch(text)
                    || (Condition().IsMatch(text) && Enumerable.Range(line + 1, 3).Any(next => Fails().IsMatch(file.Line(next)))))
                {
                    return new SourceSpan(file.Path, line, 1);
                }
            }
        }

        return null;
    }

    private static bool BodyMentions(RepositoryFacts facts, FunctionFact function, string name)
    {
        var file = facts.Repository.File(function.Span.File);
        return file is not null && Enumerable.Range(function.Span.Line, function.EndLine - function.Span.Line + 1)
            .Any(line => file.Line(line).Contains(name, StringComparison.Ordinal));
    }

    [GeneratedRegex("\\b(raise|throw)\\b|sys\\.exit\\(|process\\.exit\\(|ImproperlyConfigured")]
    private static partial Regex Fails();

    [GeneratedRegex("^\\s*assert\\b")]
    private static partial Regex Assert();

    [GeneratedRegex("^\\s*(if|elif|else if|unless)\\b|^\\s*}\\s*else if\\b")]
    private static partial Regex Condition();
}
