using System.Collections.Frozen;

namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Finds functions (declarations, expressions, arrows, methods), classes and TypeScript type
/// declarations in one pass, keeping the stack of open brackets to know when a brace is a class body.</summary>
internal sealed class JsStructureReader
{
    private const int Lookahead = 64;

    private static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
    [
        "static", "async", "get", "set", "public", "private", "protected", "readonly", "override", "abstract",
        "declare", "accessor",
    ]);

    private readonly JsSource _source;
    private readonly JsStructure _structure;
    private readonly Dictionary<int, string> _classBodies = [];
    private readonly List<int> _open = [];

    private JsStructureReader(JsSource source)
    {
        _source = source;
        _structure = new JsStructure { InType = new bool[source.Count] };
    }

    public static JsStructure Read(JsSource source)
    {
        var reader = new JsStructureReader(source);
        reader.Run();
        reader._structure.Functions.Sort((a, b) => a.BodyStart.CompareTo(b.BodyStart));
        return reader._structure;
    }

    private string? EnclosingClass => _open.Count > 0 && _classBodies.TryGetValue(_open[^1], out var name) ? name : null;

    private void Run()
    {
        for (var i = 0; i < _source.Count; i++)
        {
            var token = _source[i];
            if (token.IsCloser && _source.Match(i) >= 0)
            {
                var opener = _source.Match(i);
                while (_open.Count > 0 && _open[^1] >= opener)
                {
                    _open.RemoveAt(_open.Count - 1);
                }
            }

            if (token.Is("=>"))
            {
                Arrow(i);
            }
            else if (token.IsName && !_source.Is(i - 1, ".") && !_source.Is(i - 1, "?.") && !_structure.Definitions.Contains(i))
            {
                Named(i, token.Text);
            }

            if (token.IsOpener)
            {
                _open.Add(i);
            }
        }
    }

    private void Named(int i, string text)
    {
        switch (text)
        {
            case "function":
                Function(i);
                return;
            case "class" when !_source.Is(i + 1, ":") && !_source.Is(i + 1, "="):
                Class(i);
                return;
            case "interface" when _source.IsName(i + 1):
                var body = Forward(i + 1, "{");
                MarkType(i, body < 0 ? i + 2 : _source.After(body));
                return;
            case "type" when _source.IsName(i + 1) && (_source.Is(i + 2, "=") || _source.Is(i + 2, "<")) && StartsStatement(i):
                var equals = Forward(i + 2, "=");
                MarkType(i, equals < 0 ? i + 2 : _source.ExpressionEnd(equals + 1));
                return;
        }

        var open = TypeParametersEnd(i + 1);
        if (open >= 0 && !JsSyntax.NotCallees.Contains(text) && _source.Match(open) > open)
        {
            Method(i, _source.Match(open) + 1);
        }
    }

    private void Function(int i)
    {
        var k = _source.Is(i + 1, "*") ? i + 2 : i + 1;
        string? name = null;
        if (_source.IsName(k))
        {
            name = _source[k].Text;
            _structure.Definitions.Add(k);
            k++;
        }

        var open = Forward(k, "(");
        if (open < 0 || _source.Match(open) < 0)
        {
            return;
        }

        var isAsync = _source.Is(i - 1, "async");
        var header = isAsync ? i - 1 : i;
        var body = Forward(_source.Match(open) + 1, "{");
        if (body >= 0)
        {
            _structure.Functions.Add(new JsFunction(name ?? AssignedName(header), EnclosingClass, isAsync, header, body, _source.After(body)));
        }
    }

    private void Arrow(int arrow)
    {
        var start = ParametersStart(arrow);
        var isAsync = _source.Is(start - 1, "async");
        if (isAsync)
        {
            start--;
            _structure.Definitions.Add(start);
        }

        var (bodyStart, bodyEnd) = _source.Is(arrow + 1, "{")
            ? (arrow + 1, _source.After(arrow + 1))
            : (arrow + 1, _source.ExpressionEnd(arrow + 1));
        _structure.Functions.Add(new JsFunction(AssignedName(start), EnclosingClass, isAsync, start, bodyStart, bodyEnd));
    }

    private int ParametersStart(int arrow)
    {
        var previous = arrow - 1;
        if (previous < 0 || (_source.IsName(previous) && !_source.Is(previous - 1, ":")))
        {
            return Math.Max(previous, 0);
        }

        if (_source.Is(previous, ")") && _source.Match(previous) >= 0)
        {
            return _source.Match(previous);
        }

        var depth = _source[arrow].Depth;
        for (var (j, steps) = (previous, 0); j >= 0 && steps < Lookahead && _source[j].Depth >= depth; steps++)
        {
            if (_source.Is(j, ")") && _source[j].Depth == depth && _source.Match(j) >= 0 && _source.Is(j + 1, ":"))
            {
                return _source.Match(j);
            }

            j = _source[j].IsCloser && _source.Match(j) >= 0 ? _source.Match(j) - 1 : j - 1;
        }

        return previous;
    }

    private void Method(int name, int afterParameters)
    {
        var inClass = EnclosingClass is not null;
        var boundary = StartsMember(name);
        int body;
        if (_source.Is(afterParameters, "{"))
        {
            body = afterParameters;
        }
        else if (_source.Is(afterParameters, ":") && boundary && _open.Count > 0 && _source.Is(_open[^1], "{"))
        {
            body = Forward(afterParameters, "{", stopAtStatementEnd: true);
        }
        else if (inClass && boundary && (afterParameters >= _source.Count || _source.Is(afterParameters, ";") || _source[afterParameters].NewlineBefore))
        {
            body = -1;
        }
        else
        {
            return;
        }

        _structure.Definitions.Add(name);
        if (body >= 0)
        {
            var header = name;
            while (header > 0 && ((_source.IsName(header - 1) && Modifiers.Contains(_source[header - 1].Text)) || _source.Is(header - 1, "*")))
            {
                header--;
            }

            var isAsync = _source.Is(name - 1, "async") || (_source.Is(name - 1, "*") && _source.Is(name - 2, "async"));
            _structure.Functions.Add(new JsFunction(_source[name].Text, EnclosingClass, isAsync, header, body, _source.After(body)));
        }
    }

    private void Class(int i)
    {
        var k = i + 1;
        var named = _source.IsName(k) && _source[k].Text is not ("extends" or "implements");
        var body = Forward(k, "{");
        if (body < 0)
        {
            return;
        }

        var name = named ? _source[k].Text : AssignedName(i) ?? "(anonymous)";
        var extends = _source.Find(k, body, "extends");
        var implements = _source.Find(k, body, "implements");
        var basesEnd = implements > extends ? implements : body;
        _classBodies[body] = name;
        _structure.Classes.Add(new JsClass(name, extends < 0 ? [] : [_source.Raw(extends + 1, basesEnd)], i, body, _source.After(body)));
    }

    /// <summary>The name a function expression is bound to: <c>const name = …</c>, <c>name: …</c> in an object
    /// literal, <c>this.name = …</c>, a class property, or <c>export default</c>.</summary>
    private string? AssignedName(int start)
    {
        var before = start - 1;
        if (before < 0)
        {
            return null;
        }

        if (_source.Is(before, "="))
        {
            var depth = _source[before].Depth;
            for (var (j, steps) = (before - 1, 0); j >= 0 && steps < 24 && _source[j].Depth >= depth; steps++)
            {
                if (_source[j].Depth == depth && _source[j].IsName && _source[j].Text is "const" or "let" or "var" && _source.IsName(j + 1))
                {
                    return _source[j + 1].Text;
                }

                if (_source.Is(j, ";") || _source.Is(j, ","))
                {
                    break;
                }

                j = _source[j].IsCloser && _source.Match(j) >= 0 ? _source.Match(j) - 1 : j - 1;
            }

            return _source.IsName(before - 1) ? _source[before - 1].Text : null;
        }

        if (_source.Is(before, ":") && before >= 2 && (_source.IsName(before - 1) || _source[before - 1].IsStringLiteral)
            && (_source.Is(before - 2, "{") || _source.Is(before - 2, ",")))
        {
            return _source[before - 1].Value ?? _source[before - 1].Text;
        }

        return _source.Is(before, "default") && _source.Is(before - 1, "export") ? "default" : null;
    }

    /// <summary>The next token with <paramref name="text"/> at the depth of <paramref name="from"/>, stepping over
    /// bracket groups, within a short distance; -1 when a statement ends or the enclosing bracket closes first.</summary>
    private int Forward(int from, string text, bool stopAtStatementEnd = false)
    {
        if (from >= _source.Count)
        {
            return -1;
        }

        var depth = _source[from].Depth;
        for (var (j, steps) = (from, 0); j < _source.Count && steps < Lookahead; steps++)
        {
            var token = _source[j];
            if (token.Is(text) && token.Depth == depth)
            {
                return j;
            }

            if (token.Depth < depth || token.IsCloser || token.Is(";") || (stopAtStatementEnd && (token.Is(",") || token.Is("=>"))))
            {
                return -1;
            }

            j = token.IsOpener ? _source.After(j) : j + 1;
        }

        return -1;
    }

    /// <summary>The opening parenthesis after a name, past TypeScript type parameters (<c>foo&lt;T&gt;(</c>); -1 if none.</summary>
    private int TypeParametersEnd(int i)
    {
        if (_source.Is(i, "("))
        {
            return i;
        }

        if (!_source.Is(i, "<"))
        {
            return -1;
        }

        var balance = 0;
        for (var j = i; j < _source.Count && j - i < 24; j++)
        {
            var text = _source[j].Text;
            balance += text switch { "<" => 1, ">" => -1, ">>" => -2, ">>>" => -3, _ => 0 };
            if (balance <= 0)
            {
                return balance == 0 && _source.Is(j + 1, "(") ? j + 1 : -1;
            }
        }

        return -1;
    }

    private bool StartsMember(int name)
    {
        var previous = name - 1;
        while (previous >= 0 && ((_source.IsName(previous) && Modifiers.Contains(_source[previous].Text)) || _source.Is(previous, "*")))
        {
            previous--;
        }

        return previous < 0 || _source[previous + 1].NewlineBefore || _source.Is(previous, "{") || _source.Is(previous, "}")
            || _source.Is(previous, ";") || _source.Is(previous, ",");
    }

    private bool StartsStatement(int i) =>
        i == 0 || _source[i].NewlineBefore || _source.Is(i - 1, ";") || _source.Is(i - 1, "}") || _source.Is(i - 1, "{")
        || _source.Is(i - 1, "export") || _source.Is(i - 1, "declare");

    private void MarkType(int first, int end)
    {
        for (var i = first; i < end && i < _structure.InType.Length; i++)
        {
            _structure.InType[i] = true;
        }
    }
}
