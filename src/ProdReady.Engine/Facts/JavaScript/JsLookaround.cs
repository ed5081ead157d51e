using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Short, bounded looks backwards and forwards from a token: the name a function is assigned to, the next
/// token of a kind on the same level, where parameters start, whether a name starts a class member.</summary>
internal sealed class JsLookaround(JsSource source)
{
    private const int Lookahead = 64;

    private static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
    [
        "static", "async", "get", "set", "public", "private", "protected", "readonly", "override", "abstract",
        "declare", "accessor",
    ]);

    public bool IsModifier(int index) => (source.IsName(index) && Modifiers.Contains(source[index].Text)) || source.Is(index, "*");

    /// <summary>The name a function expression is bound to: <c>const name = …</c>, <c>name: …</c> in an object
    /// literal, <c>this.name = …</c>, a class property, or <c>export default</c>.</summary>
    public string? AssignedName(int start)
    {
        var before = start - 1;
        if (source.Is(before, ">"))
        {
            before = TypeParametersStart(before) - 1;
        }

        if (before < 0)
        {
            return null;
        }

        if (source.Is(before, "="))
        {
            var depth = source[before].Depth;
            for (var (j, steps) = (before - 1, 0); j >= 0 && steps < 24 && source[j].Depth >= depth; steps++)
            {
                if (source[j].Depth == depth && source[j].IsName && source[j].Text is "const" or "let" or "var" && source.IsName(j + 1))
                {
                    return source[j + 1].Text;
                }

                if (source.Is(j, ";") || source.Is(j, ","))
                {
                    break;
                }

                j = source[j].IsCloser && source.Match(j) >= 0 ? source.Match(j) - 1 : j - 1;
            }

            return source.IsName(before - 1) ? source[before - 1].Text : null;
        }

        if (source.Is(before, ":") && before >= 2 && (source.IsName(before - 1) || source[before - 1].IsStringLiteral)
            && (source.Is(before - 2, "{") || source.Is(before - 2, ",")))
        {
            return source[before - 1].Value ?? source[before - 1].Text;
        }

        return source.Is(before, "default") && source.Is(before - 1, "export") ? "default" : null;
    }

    /// <summary>The next token with <paramref name="text"/> at the depth of <paramref name="from"/>, stepping over
    /// bracket groups, within a short distance; -1 when a statement ends or the enclosing bracket closes first.</summary>
    public int Forward(int from, string text, bool stopAtStatementEnd = false)
    {
        if (from >= source.Count)
        {
            return -1;
        }

        var depth = source[from].Depth;
        for (var (j, steps) = (from, 0); j < source.Count && steps < Lookahead; steps++)
        {
            var token = source[j];
            if (token.Is(text) && token.Depth == depth)
            {
                return j;
            }

            if (token.Depth < depth || token.IsCloser || token.Is(";") || (stopAtStatementEnd && (token.Is(",") || token.Is("=>"))))
            {
                return -1;
            }

            j = token.IsOpener ? source.After(j) : j + 1;
        }

        return -1;
    }

    /// <summary>The opening parenthesis after a name, past TypeScript type parameters (<c>foo&lt;T&gt;(</c>); -1 if none.</summary>
    public int TypeParametersEnd(int i)
    {
        if (source.Is(i, "("))
        {
            return i;
        }

        if (!source.Is(i, "<"))
        {
            return -1;
        }

        var balance = 0;
        for (var j = i; j < source.Count && j - i < 24; j++)
        {
            var text = source[j].Text;
            balance += text switch { "<" => 1, ">" => -1, ">>" => -2, ">>>" => -3, _ => 0 };
            if (balance <= 0)
            {
                return balance == 0 && source.Is(j + 1, "(") ? j + 1 : -1;
            }
        }

        return -1;
    }

    public int ParametersStart(int arrow)
    {
        var previous = arrow - 1;
        if (previous < 0 || (source.IsName(previous) && !source.Is(previous - 1, ":")))
        {
            return Math.Max(previous, 0);
        }

        if (source.Is(previous, ")") && source.Match(previous) >= 0)
        {
            return source.Match(previous);
        }

        var depth = source[arrow].Depth;
        for (var (j, steps) = (previous, 0); j >= 0 && steps < Lookahead && source[j].Depth >= depth; steps++)
        {
            if (source.Is(j, ")") && source[j].Depth == depth && source.Match(j) >= 0 && source.Is(j + 1, ":"))
            {
                return source.Match(j);
            }

            j = source[j].IsCloser && source.Match(j) >= 0 ? source.Match(j) - 1 : j - 1;
        }

        return previous;
    }

    public bool StartsMember(int name)
    {
        var previous = name - 1;
        while (previous >= 0 && IsModifier(previous))
        {
            previous--;
        }

        return previous < 0 || source[previous + 1].NewlineBefore || source.Is(previous, "{") || source.Is(previous, "}")
            || source.Is(previous, ";") || source.Is(previous, ",");
    }

    public bool StartsStatement(int i) =>
        i == 0 || source[i].NewlineBefore || source.Is(i - 1, ";") || source.Is(i - 1, "}") || source.Is(i - 1, "{")
        || source.Is(i - 1, "export") || source.Is(i - 1, "declare");

    /// <summary>The <c>&lt;</c> that opens the type parameters closed at <paramref name="close"/>, or -1.</summary>
    private int TypeParametersStart(int close)
    {
        for (var j = close - 1; j >= 0 && close - j < 16; j--)
        {
            if (source.Is(j, "<"))
            {
                return j;
            }
        }

        return -1;
    }
}
