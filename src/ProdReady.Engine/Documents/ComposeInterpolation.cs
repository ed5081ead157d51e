using System.Text.RegularExpressions;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents;

/// <summary>Marks compose values that the environment fills in at run time as unresolved, keeping the declared
/// default (<c>${VAR:-default}</c>, <c>${VAR-default}</c>) when there is exactly one reference.</summary>
internal static partial class ComposeInterpolation
{
    public static DocumentValue Value(string text, SourceSpan span)
    {
        var unescaped = text.Replace("$$", "\u0000", StringComparison.Ordinal);
        if (!Reference().IsMatch(unescaped))
        {
            return new DocumentValue(unescaped.Replace("\u0000", "$", StringComparison.Ordinal), span);
        }

        var whole = Whole().Match(text);
        var fallback = whole.Success && whole.Groups["default"].Success ? whole.Groups["default"].Value : null;
        return new DocumentValue(text, span, ValueState.Unresolved) { Default = fallback };
    }

    [GeneratedRegex(@"\$(\{[A-Za-z_]|[A-Za-z_])")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-(?<default>[^}]*)|:?\?[^}]*)?\}$")]
    private static partial Regex Whole();
}
