using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Configuration;

internal static class SettingValues
{
    /// <summary>The value a setting runs with when nothing overrides it: the value itself, or the default of a
    /// pydantic <c>Field(default=…)</c>/<c>Field(…)</c> written in its place.</summary>
    public static FactValue Resolve(RepositoryFacts facts, FactValue value)
    {
        if (value.Kind != ValueKind.Expression)
        {
            return value;
        }

        var field = facts.CallsAt(value.Span).FirstOrDefault(c => c.Name == "Field");
        if (field is null)
        {
            return value;
        }

        var first = field.Positional(0);
        return field.Keyword("default") ?? (first is not null && first.Raw != "..." ? first : value);
    }

    /// <summary>True for a bool true or a string that reads as true ("True", "1", "yes", "on").</summary>
    public static bool IsTruthy(FactValue? value) => value is not null && (value.IsTrue
        || (value.Kind is ValueKind.String or ValueKind.Number && value.Text?.Trim().ToLowerInvariant() is "true" or "1" or "yes" or "on" or "y"));

    /// <summary>The literal this value is, or the literal an environment lookup falls back to; with whether it was a fallback.</summary>
    public static (FactValue? Literal, bool Fallback) Effective(FactValue value) => value.Kind switch
    {
        ValueKind.EnvLookup => (value.EnvDefault is { } d ? Effective(d).Literal : null, true),
        _ when value.IsLiteral || value.Kind is ValueKind.List or ValueKind.Dict => (value, false),
        _ => (null, false),
    };

    /// <summary>Every string inside a value: the value itself, list items, dict entries (with their key), recursively.</summary>
    public static IEnumerable<(string? Key, FactValue Value)> Strings(FactValue value, string? key = null, int depth = 0)
    {
        if (depth > 8)
        {
            yield break;
        }

        switch (value.Kind)
        {
            case ValueKind.String:
                yield return (key, value);
                break;
            case ValueKind.List:
                foreach (var item in value.Items.SelectMany(i => Strings(i, key, depth + 1)))
                {
                    yield return item;
                }

                break;
            case ValueKind.Dict:
                foreach (var item in value.Entries.SelectMany(e => Strings(e.Value, e.Key, depth + 1)))
                {
                    yield return item;
                }

                break;
            case ValueKind.EnvLookup when value.EnvDefault is { } fallback:
                foreach (var item in Strings(fallback, key, depth + 1))
                {
                    yield return item;
                }

                break;
        }
    }
}
