using System.Text.RegularExpressions;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>Turns a configuration string into a fact value, recognising <c>${VAR}</c> references: a value that is
/// exactly one reference is an <see cref="ValueKind.EnvLookup"/> (with its <c>:-</c>, <c>-</c> or <c>:</c> default);
/// a value that mixes references with text cannot be resolved and is an <see cref="ValueKind.Expression"/>.</summary>
internal static partial class InterpolatedValue
{
    public static FactValue FromString(string text, string raw, SourceSpan span)
    {
        if (!text.Contains("${", StringComparison.Ordinal))
        {
            return new FactValue { Kind = ValueKind.String, Raw = raw, Span = span, Text = text };
        }

        var whole = WholeReference().Match(text);
        if (!whole.Success)
        {
            return new FactValue { Kind = ValueKind.Expression, Raw = raw, Span = span, Text = text };
        }

        var fallback = whole.Groups["default"];
        return new FactValue
        {
            Kind = ValueKind.EnvLookup,
            Raw = raw,
            Span = span,
            Text = text,
            EnvName = whole.Groups["name"].Value,
            EnvDefault = fallback.Success
                ? new FactValue { Kind = ValueKind.String, Raw = fallback.Value, Span = span, Text = fallback.Value }
                : null,
        };
    }

    [GeneratedRegex(@"^\$\{(?<name>[A-Za-z_][A-Za-z0-9_.]*)(?:(?::\?|\?)[^}]*|(?::-|-|:)(?<default>[^}]*))?\}$")]
    private static partial Regex WholeReference();
}
