namespace ProdReady.Engine.Facts.JavaScript;

/// <summary>Finds functions (declarations, expressions, arrows, methods), classes and TypeScript type
/// declarations in one pass, keeping the stack of open brackets to know when a brace is a class body.</summary>
internal sealed class JsStructureReader
{
    private readonly JsSource _source;
    private readonly JsLookaround _look;
    private readonly JsStructure _structure;
    private readonly Dictionary<int, string> _classBodies = [];
    private readonly List<int> _open = [];

    private JsStructureReader(JsSource source)
    {
        _source = source;
        _look = new JsLookaround(source);
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
                var body = _look.Forward(i + 1, "{");
                MarkType(i, body < 0 ? i + 2 : _source.After(body));
                return;
            case "type" when _source.IsName(i + 1) && (_source.Is(i + 2, "=") || _source.Is(i + 2, "<")) && _look.StartsStatement(i):
                var equals = _look.Forward(i + 2, "=");
                MarkType(i, equals < 0 ? i + 2 : _source.ExpressionEnd(equals + 1));
                return;
        }

        var open = _look.TypeParametersEnd(i + 1);
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

        var open = _look.Forward(k, "(");
        if (open < 0 || _source.Match(open) < 0)
        {
            return;
        }

        var isAsync = _source.Is(i - 1, "async");
        var header = isAsync ? i - 1 : i;
        var body = _look.Forward(_source.Match(open) + 1, "{");
        if (body >= 0)
        {
            _structure.Functions.Add(new JsFunction(name ?? _look.AssignedName(header), EnclosingClass, isAsync, header, body, _source.After(body)));
        }
    }

    private void Arrow(int arrow)
    {
        var start = _look.ParametersStart(arrow);
        var isAsync = _source.Is(start - 1, "async");
        if (isAsync)
        {
            start--;
            _structure.Definitions.Add(start);
        }

        var (bodyStart, bodyEnd) = _source.Is(arrow + 1, "{")
            ? (arrow + 1, _source.After(arrow + 1))
            : (arrow + 1, _source.ExpressionEnd(arrow + 1));
        _structure.Functions.Add(new JsFunction(_look.AssignedName(start), EnclosingClass, isAsync, start, bodyStart, bodyEnd));
    }

    private void Method(int name, int afterParameters)
    {
        var inClass = EnclosingClass is not null;
        var boundary = _look.StartsMember(name);
        int body;
        if (_source.Is(afterParameters, "{"))
        {
            body = afterParameters;
        }
        else if (_source.Is(afterParameters, ":") && boundary && _open.Count > 0 && _source.Is(_open[^1], "{"))
        {
            body = _look.Forward(afterParameters, "{", stopAtStatementEnd: true);
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
            while (header > 0 && _look.IsModifier(header - 1))
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
        var body = _look.Forward(k, "{");
        if (body < 0)
        {
            return;
        }

        var name = named ? _source[k].Text : _look.AssignedName(i) ?? "(anonymous)";
        var extends = _source.Find(k, body, "extends");
        var implements = _source.Find(k, body, "implements");
        var basesEnd = implements > extends ? implements : body;
        _classBodies[body] = name;
        _structure.Classes.Add(new JsClass(name, extends < 0 ? [] : [_source.Raw(extends + 1, basesEnd)], i, body, _source.After(body)));
    }

    private void MarkType(int first, int end)
    {
        for (var i = first; i < end && i < _structure.InType.Length; i++)
        {
            _structure.InType[i] = true;
        }
    }
}
