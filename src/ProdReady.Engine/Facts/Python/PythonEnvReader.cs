using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.Python;

/// <summary>Recognises reads of environment variables: <c>os.getenv</c>, <c>os.environ.get</c>,
/// <c>os.environ[...]</c>, python-decouple's <c>config(...)</c> and django-environ's <c>env(...)</c> and
/// <c>env.bool(...)</c>, with their defaults and a trailing <c>or</c> fallback.</summary>
internal sealed class PythonEnvReader(PythonSource source, PythonValueReader values)
{
    /// <summary>Callees whose second positional argument is the default. django-environ's <c>env(var, cast,
    /// default)</c> takes the cast second, so for it only <c>default=</c> counts.</summary>
    private static readonly FrozenSet<string> Callees = FrozenSet.ToFrozenSet(
    [
        "os.getenv", "getenv", "os.environ.get", "environ.get", "config", "decouple.config", "env", "env.str",
        "env.bool", "env.int", "env.float", "env.list", "env.tuple", "env.dict", "env.json", "env.url", "env.db",
        "env.db_url", "env.cache", "env.cache_url", "env.email", "env.email_url", "env.search_url", "env.path",
    ]);

    private static readonly FrozenSet<string> Environs = FrozenSet.ToFrozenSet(["os.environ", "environ"]);

    /// <summary>The read that starts at <paramref name="first"/>, if one does, within [first, limit).</summary>
    public PythonEnvAccess? TryRead(int first, int limit)
    {
        var nameEnd = source.DottedEnd(first, limit);
        if (nameEnd == first || nameEnd >= limit || source[nameEnd].Kind != PythonTokenKind.Open)
        {
            return null;
        }

        var callee = source.Dotted(first, nameEnd);
        var close = source.Tokens.Match[nameEnd];
        if (close < 0 || close >= limit)
        {
            return null;
        }

        var access = source[nameEnd].Text switch
        {
            "(" when Callees.Contains(callee) => FromCall(nameEnd, close, callee == "env" ? -1 : 1),
            "[" when Environs.Contains(callee) => FromSubscript(nameEnd, close),
            _ => null,
        };
        return access is null ? null : WithFallback(access, limit);
    }

    private PythonEnvAccess? FromCall(int open, int close, int defaultPosition)
    {
        var arguments = values.Arguments(open, close);
        var name = arguments.FirstOrDefault(a => a.Name is null)?.Value
            ?? arguments.FirstOrDefault(a => a.Name is "key" or "var" or "option")?.Value;
        if (name is not { Kind: ValueKind.String, Text: { Length: > 0 } text })
        {
            return null;
        }

        var fallback = arguments.FirstOrDefault(a => a.Name == "default")?.Value;
        if (fallback is null && defaultPosition > 0)
        {
            fallback = arguments.Where(a => a.Name is null).ElementAtOrDefault(defaultPosition)?.Value;
        }

        return new PythonEnvAccess(text, fallback, null, close + 1, close + 1);
    }

    private PythonEnvAccess? FromSubscript(int open, int close)
    {
        var key = values.Read(open + 1, close);
        return key is { Kind: ValueKind.String, Text: { Length: > 0 } text } ? new PythonEnvAccess(text, null, null, close + 1, close + 1) : null;
    }

    private PythonEnvAccess WithFallback(PythonEnvAccess access, int limit)
    {
        var or = access.AccessEnd;
        if (or >= limit || !source.Is(or, "or") || or + 1 >= limit)
        {
            return access;
        }

        var end = OperandEnd(or + 1, limit);
        if (end == or + 1)
        {
            return access;
        }

        return access with { Fallback = values.Read(or + 1, end), End = end };
    }

    /// <summary>The end of a chain of <c>or</c> operands starting at <paramref name="or"/>.</summary>
    public int ChainEnd(int or, int limit)
    {
        while (or < limit && source.Is(or, "or") && or + 1 < limit)
        {
            or = OperandEnd(or + 1, limit);
        }

        return or;
    }

    private int OperandEnd(int first, int limit)
    {
        var depth = source[first].Depth;
        var i = first;
        while (i < limit)
        {
            var token = source[i];
            if (token.Depth < depth || (token.Depth == depth && IsOperandStop(token)))
            {
                break;
            }

            i = token.Kind == PythonTokenKind.Open ? source.Tokens.After(i, limit) : i + 1;
        }

        return i;
    }

    private static bool IsOperandStop(PythonToken token) =>
        token.Kind is PythonTokenKind.Close
        || (token.Kind == PythonTokenKind.Operator && token.Text is "," or ":" or ";" or "=" or ":=" or "+=" or "-=")
        || (token.IsName && token.Text is "if" or "else" or "for" or "async" or "lambda" or "or");
}
