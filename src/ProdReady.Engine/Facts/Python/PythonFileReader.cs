using ProdReady.Engine.Files;

namespace ProdReady.Engine.Facts.Python;

/// <summary>Walks the logical lines of a tokenized file, keeps the stack of open <c>def</c> and <c>class</c>
/// scopes by indentation, and reads each statement into facts.</summary>
internal sealed class PythonFileReader
{
    private readonly PythonSource _source;
    private readonly PythonValueReader _values;
    private readonly PythonCallScanner _scanner;
    private readonly PythonAssignmentReader _assignments;
    private readonly PythonFragment _fragment;
    private readonly PythonFactSink _sink = new();
    private readonly List<PythonScope> _open = [];
    private readonly List<CallFact> _decorators = [];
    private int _indent;
    private int _previousEndLine;
    private int _nesting;

    private PythonFileReader(SourceFile file)
    {
        _source = new PythonSource(file, PythonTokenizer.Tokenize(file.Text));
        _values = new PythonValueReader(_source);
        _scanner = new PythonCallScanner(_source, _values);
        _assignments = new PythonAssignmentReader(_source, _values, _scanner, _sink);
        _fragment = new PythonFragment(_source, _values, _scanner);
    }

    public static FileFacts Read(SourceFile file)
    {
        var reader = new PythonFileReader(file);
        reader.ReadLines();
        return reader._sink.ToFacts(file);
    }

    private void ReadLines()
    {
        foreach (var line in _source.Tokens.Lines)
        {
            _indent = line.Indent;
            while (_open.Count > 0 && line.Indent <= _open[^1].Indent)
            {
                CloseScope();
            }

            foreach (var (first, end) in _source.Split(line.First, line.End, _source[line.First].Depth, ";"))
            {
                Statement(first, end);
            }

            _previousEndLine = _source.LineOf(_source[line.End - 1].End - 1);
        }

        while (_open.Count > 0)
        {
            CloseScope();
        }
    }

    private void CloseScope()
    {
        var scope = _open[^1];
        scope.EndLine = Math.Max(_previousEndLine, scope.Span.Line);
        _open.RemoveAt(_open.Count - 1);
    }

    private void Statement(int first, int end)
    {
        var head = _source[first];
        var asyncDef = head.Is("async") && _source.Is(first + 1, "def");
        if (head.Is("@"))
        {
            Decorator(first, end);
        }
        else if (head.Is("def") || asyncDef)
        {
            Definition(first, asyncDef ? first + 1 : first, end);
        }
        else if (head.Is("class"))
        {
            Definition(first, first, end);
        }
        else
        {
            _decorators.Clear();
            if (head.Is("import") || head.Is("from"))
            {
                _sink.Imports.AddRange(PythonImportReader.Read(_source, first, end));
            }
            else if (PythonSyntax.CompoundKeywords.Contains(head.Text) || head.Is("async") || IsMatchStatement(first, end))
            {
                var colon = _source.Find(first, end, ":");
                var headerEnd = colon < 0 ? end : colon + 1;
                if (head.Is("case"))
                {
                    Scan(first, headerEnd, calls: false);
                }
                else
                {
                    Scan(head.Is("match") ? first + 1 : first, headerEnd);
                }

                Body(colon, end);
            }
            else
            {
                Scan(first, end);
                _assignments.Read(first, end, _open.Count > 0 ? _open[^1] : null);
            }
        }
    }

    private void Decorator(int first, int end)
    {
        Scan(first, end);
        if (first + 1 >= end)
        {
            return;
        }

        var nameEnd = _source.DottedEnd(first + 1, end);
        if (nameEnd < end && _source.Is(nameEnd, "(") && _source.Tokens.After(nameEnd, end) == end
            && _scanner.ByOpen.TryGetValue(nameEnd, out var call))
        {
            _decorators.Add(call);
            return;
        }

        var context = Context();
        _decorators.Add(new CallFact
        {
            Callee = nameEnd == end ? _source.Dotted(first + 1, end) : _source.Raw(first + 1, end),
            Arguments = [],
            Span = _source.Span(first + 1, end),
            Language = SourceLanguage.Python,
            EnclosingFunction = context.Function,
            InAsyncFunction = context.IsAsync,
        });
    }

    private void Definition(int first, int keyword, int end)
    {
        var nameIndex = keyword + 1;
        if (nameIndex >= end || !PythonSyntax.IsIdentifier(_source[nameIndex]))
        {
            _decorators.Clear();
            Scan(first, end);
            return;
        }

        var isClass = _source.Is(keyword, "class");
        var colon = nameIndex + 1 < end ? _source.Find(nameIndex + 1, end, ":") : -1;
        var headerEnd = colon < 0 ? end : colon + 1;
        Scan(first, headerEnd);
        var parent = _open.Count > 0 ? _open[^1] : null;
        var name = _source[nameIndex].Text;
        var scope = new PythonScope
        {
            IsClass = isClass,
            Name = name,
            Indent = _indent,
            Span = _source.Span(first, headerEnd),
            IsAsync = keyword > first,
            ClassName = !isClass && parent is { IsClass: true } ? parent.Name : null,
            ClassPath = isClass && parent is { IsClass: true } ? $"{parent.ClassPath}.{name}" : name,
            Decorators = [.. _decorators],
            Bases = isClass ? [.. Bases(nameIndex + 1, headerEnd)] : [],
        };
        _decorators.Clear();
        _open.Add(scope);
        _sink.Scopes.Add(scope);
        Body(colon, end);
    }

    /// <summary>A body on the header's line (<c>class Config: env_file = ".env"</c>). Python allows one level;
    /// hostile input that chains more is only scanned, which bounds recursion.</summary>
    private void Body(int colon, int end)
    {
        if (colon < 0 || colon + 1 >= end)
        {
            return;
        }

        if (_nesting > 4)
        {
            Scan(colon + 1, end);
            return;
        }

        _nesting++;
        Statement(colon + 1, end);
        _nesting--;
    }

    private IEnumerable<string> Bases(int first, int end)
    {
        if (first < end && _source.Is(first, "["))
        {
            first = _source.Tokens.After(first, end);
        }

        if (first >= end || !_source.Is(first, "("))
        {
            return [];
        }

        var close = _source.Tokens.After(first, end) - 1;
        return _source.Split(first + 1, close, _source[first].Depth + 1)
            .Where(p => !_source.Is(p.First, "**") && !(p.End - p.First > 1 && _source.Is(p.First + 1, "=")))
            .Select(p => _source.Raw(p.First, p.End));
    }

    /// <summary><c>match</c> and <c>case</c> are soft keywords: a statement is one when its header ends with a
    /// colon (<c>case Point(x=0):</c>), where a call or an assignment (<c>match = re.match(p, s)</c>) has none.</summary>
    private bool IsMatchStatement(int first, int end) =>
        (_source.Is(first, "match") || _source.Is(first, "case")) && first + 1 < end
        && !(_source.Is(first + 1, "=") || _source.Is(first + 1, ".") || _source.Is(first + 1, ":"))
        && _source.Find(first + 1, end, ":") > first + 1;

    private void Scan(int first, int end, bool calls = true) =>
        PythonExpressionScanner.Scan(_fragment, first, end, Context(), _sink, calls);

    private PythonContext Context()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (!_open[i].IsClass)
            {
                return new PythonContext(_open[i].Name, _open[i].IsAsync);
            }
        }

        return default;
    }
}
