namespace ProdReady.Rules.Security;

/// <summary>How a C# SQL argument is put together, read from its source text. Hand-written: the fact keeps the
/// argument's text, and only the top level matters (a <c>+</c> inside a string literal is SQL, not C#).</summary>
internal static class SqlText
{
    public static string? Construction(string raw)
    {
        var text = raw.TrimStart();
        if (text.StartsWith('$') || text.StartsWith("@$", StringComparison.Ordinal))
        {
            return "string interpolation";
        }

        if (text.StartsWith("string.Format(", StringComparison.Ordinal) || text.StartsWith("String.Format(", StringComparison.Ordinal))
        {
            return "string.Format";
        }

        return HasTopLevelPlus(text) ? "concatenation" : null;
    }

    private static bool HasTopLevelPlus(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"':
                    i = SkipString(text, i);
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth--;
                    break;
                case '+' when depth == 0:
                    return true;
            }
        }

        return false;
    }

    /// <summary>The index of the closing quote; a verbatim string (<c>@"…"</c>) doubles its quotes instead of
    /// escaping them.</summary>
    private static int SkipString(string text, int open)
    {
        var verbatim = open > 0 && text[open - 1] == '@';
        for (var i = open + 1; i < text.Length; i++)
        {
            if (!verbatim && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '"')
            {
                if (verbatim && i + 1 < text.Length && text[i + 1] == '"')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return text.Length;
    }
}
