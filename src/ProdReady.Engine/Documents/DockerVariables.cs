using System.Text.RegularExpressions;

namespace ProdReady.Engine.Documents;

/// <summary>Expands <c>$NAME</c>, <c>${NAME}</c>, <c>${NAME:-word}</c> and <c>${NAME:+word}</c> against the ARG and
/// ENV values known at a point of a Dockerfile. A name with no known value leaves the result unresolved.</summary>
internal static partial class DockerVariables
{
    public static (string Text, ValueState State) Expand(string text, IReadOnlyDictionary<string, DocumentValue> scope)
    {
        if (!text.Contains('$'))
        {
            return (text, ValueState.Set);
        }

        var state = ValueState.Set;
        var result = Reference().Replace(text, match =>
        {
            var name = match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["bare"].Value;
            var op = match.Groups["op"].Value;
            var word = match.Groups["word"].Value;
            var known = scope.TryGetValue(name, out var value) && value.IsResolved ? value : null;
            if (known?.State == ValueState.Defaulted && state == ValueState.Set)
            {
                state = ValueState.Defaulted;
            }

            switch (op)
            {
                case ":-" or "-":
                    if (known is null && state == ValueState.Set)
                    {
                        state = ValueState.Defaulted;
                    }

                    return known?.Text ?? word;
                case ":+" or "+":
                    return known is null ? "" : word;
                default:
                    if (known is null)
                    {
                        state = ValueState.Unresolved;
                        return match.Value;
                    }

                    return known.Text;
            }
        });
        return (result, state);
    }

    [GeneratedRegex(@"\$(?:\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<op>:?[-+])?(?<word>[^}]*)\}|(?<bare>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Reference();
}
