using System.Collections.Immutable;

namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Reads top-level statements: <c>import</c> and <c>export … from</c>, <c>const</c>/<c>let</c>/<c>var</c>
/// declarations as settings (every exported one, and others whose value is not an unresolved expression),
/// object literal entries under the declared name, <c>module.exports = {…}</c> and <c>defineConfig({…})</c>.</summary>
internal sealed class JsStatementReader(JsSource source, JsValueReader values)
{
    public List<ImportFact> Imports { get; } = [];

    public List<SettingFact> Settings { get; } = [];

    public void Read()
    {
        for (var i = 0; i < source.Count; i++)
        {
            var token = source[i];
            if (token.Depth != 0 || !token.IsName || source.Is(i - 1, ".") || source.Is(i - 1, "?."))
            {
                continue;
            }

            switch (token.Text)
            {
                case "import" when !source.Is(i + 1, "(") && !source.Is(i + 1, "."):
                    Import(i, i + 1);
                    break;
                case "export" when source.Is(i + 1, "{") || source.Is(i + 1, "*"):
                    Import(i, i + 1);
                    break;
                case "export" when source.Is(i + 1, "default") && source.Is(i + 2, "{"):
                    Object(i + 2, "default");
                    break;
                case "const" or "let" or "var":
                    Declarations(i + 1, source.Is(i - 1, "export"));
                    break;
                case "module" when source.Is(i + 1, ".") && source.Is(i + 2, "exports") && source.Is(i + 3, "=") && source.Is(i + 4, "{"):
                    Object(i + 4, "module.exports");
                    break;
                case "defineConfig" when source.Is(i + 1, "("):
                    DefineConfig(i + 2);
                    break;
            }
        }
    }

    private void Import(int keyword, int first)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        for (var (i, steps) = (first, 0); i < source.Count && steps < 16; i++, steps++)
        {
            var token = source[i];
            if (token.Kind == JsTokenKind.String)
            {
                Imports.Add(new ImportFact(token.Value ?? string.Empty, names.ToImmutable(), source.Span(keyword, i + 1), source.Language));
                return;
            }

            if (token.Is("{"))
            {
                var close = source.Match(i) > i ? source.Match(i) : source.Count;
                foreach (var (pieceFirst, _) in source.Split(i + 1, close, token.Depth + 1))
                {
                    var name = source.Is(pieceFirst, "type") && pieceFirst + 1 < close && !source.Is(pieceFirst + 1, ",") && !source.Is(pieceFirst + 1, "as") ? pieceFirst + 1 : pieceFirst;
                    names.Add(source[name].Value ?? source[name].Text);
                }

                i = close;
                if (!source.Is(i + 1, "from") && !source.Is(i + 1, ","))
                {
                    return;
                }
            }
            else if (token.Is("*"))
            {
                names.Add("*");
            }
            else if (token.IsName && token.Text is not ("type" or "typeof" or "from" or "as") && !source.Is(i - 1, "as") && !source.Is(i - 1, "*"))
            {
                names.Add("default");
            }
            else if (!(token.IsName || token.Is(",")) || token.Is("="))
            {
                return;
            }
        }
    }

    private void Declarations(int first, bool exported)
    {
        var i = first;
        while (i < source.Count)
        {
            var nameIndex = i;
            if (source.Is(i, "{") || source.Is(i, "["))
            {
                i = source.After(i);
                nameIndex = -1;
            }
            else if (source.IsName(i))
            {
                i++;
            }
            else
            {
                return;
            }

            var equals = source.Is(i, ":") ? source.Find(i, source.ExpressionEnd(i + 1), "=") : source.Is(i, "=") ? i : -1;
            var end = equals < 0 ? i : source.ExpressionEnd(equals + 1);
            if (equals >= 0 && nameIndex >= 0 && end > equals + 1)
            {
                Declaration(nameIndex, equals + 1, end, exported);
            }

            if (!source.Is(end, ","))
            {
                return;
            }

            i = end + 1;
        }
    }

    private void Declaration(int nameIndex, int first, int end, bool exported)
    {
        if (source.Is(first, "function") || source.Is(first, "class") || source.Find(first, end, "=>") >= 0
            || (source.Is(first, "async") && source.Is(first + 1, "function")))
        {
            return;
        }

        var value = values.Read(first, end);
        if (!exported && value.Kind == ValueKind.Expression)
        {
            return;
        }

        var name = source[nameIndex].Text;
        Settings.Add(new SettingFact(name, string.Empty, value, source.Span(nameIndex, end), SettingOrigin.JavaScript));
        Entries(value, name);
    }

    private void Object(int open, string scope)
    {
        if (source.Match(open) > open)
        {
            Entries(values.Read(open, source.Match(open) + 1), scope);
        }
    }

    /// <summary><c>defineConfig({…})</c>, or <c>defineConfig(({ mode }) => ({…}))</c> returning an object.</summary>
    private void DefineConfig(int first)
    {
        var end = source.ExpressionEnd(first);
        var arrow = source.Find(first, end, "=>");
        var body = arrow < 0 ? first : source.Is(arrow + 1, "(") && source.Is(arrow + 2, "{") ? arrow + 2 : arrow + 1;
        if (source.Is(body, "{") && (arrow < 0 || body == arrow + 2))
        {
            Object(body, "defineConfig");
        }
    }

    private void Entries(FactValue value, string scope)
    {
        foreach (var entry in value.Kind == ValueKind.Dict ? value.Entries : [])
        {
            Settings.Add(new SettingFact(entry.Key, scope, entry.Value, source.Join(entry.KeySpan, entry.Value.Span), SettingOrigin.JavaScript));
            Entries(entry.Value, $"{scope}.{entry.Key}");
        }
    }
}
