namespace ProdReady.Engine.Facts.Python;

/// <summary>Assignments at module and class level: <c>NAME = v</c>, <c>a = b = v</c> and <c>NAME: T = v</c>
/// become settings (with every string-keyed dict entry below them) and, in a class, fields. Attribute targets
/// (<c>a.b = v</c>), unpacking and assignments inside functions are not settings, except the ways a Flask app is
/// configured, at any level: <c>app.config["KEY"] = v</c> (scope <c>app.config</c>) and <c>app.secret_key = v</c> or
/// <c>app.debug = v</c> (scope <c>app</c>), and Celery's <c>app.conf.broker_url = v</c> (scope <c>app.conf</c>).</summary>
internal sealed class PythonAssignmentReader(PythonSource source, PythonValueReader values, PythonCallScanner scanner, PythonFactSink sink)
{
    private static readonly HashSet<string> AppAttributes = new(StringComparer.Ordinal) { "secret_key", "debug" };

    public void Read(int first, int end, PythonScope? container)
    {
        if (!PythonSyntax.IsIdentifier(source[first]))
        {
            return;
        }

        if (AppConfiguration(first, end))
        {
            return;
        }

        if (source.Is(first + 1, ":"))
        {
            var equals = first + 2 < end ? source.Find(first + 2, end, "=") : -1;
            var annotation = source.Raw(first + 2, equals < 0 ? end : equals);
            var value = equals >= 0 && equals + 1 < end ? values.Read(equals + 1, end) : null;
            Target(first, annotation, value, equals + 1, end, container);
            return;
        }

        var depth = source[first].Depth;
        var targets = new List<int>();
        var segment = first;
        for (var i = first; i < end && !source.Is(i, "lambda"); i++)
        {
            if (source[i].Depth == depth && source.Is(i, "="))
            {
                if (i - segment == 1 && PythonSyntax.IsIdentifier(source[segment]))
                {
                    targets.Add(segment);
                }

                segment = i + 1;
            }
        }

        if (targets.Count == 0 || segment >= end)
        {
            return;
        }

        var read = values.Read(segment, end);
        foreach (var target in targets)
        {
            Target(target, null, read, segment, end, container);
        }
    }

    private void Target(int nameIndex, string? annotation, FactValue? value, int valueFirst, int end, PythonScope? container)
    {
        var name = source[nameIndex].Text;
        var span = source.Span(nameIndex, end);
        if (container is { IsClass: true })
        {
            container.Fields.Add(new FieldFact(name, annotation, value, span));
        }

        if (value is null || container is { IsClass: false })
        {
            return;
        }

        var scope = container?.ClassPath ?? string.Empty;
        sink.Settings.Add(new SettingFact(name, scope, value, span, container is null ? SettingOrigin.PythonModule : SettingOrigin.PythonClass));
        DictSettings(value, scope.Length == 0 ? name : $"{scope}.{name}");
        var callOpen = source.DottedEnd(valueFirst, end);
        if (container is null && callOpen < end && scanner.ByOpen.TryGetValue(callOpen, out var call) && source.Tokens.After(callOpen, end) == end)
        {
            sink.Bound[name] = call;
        }
    }

    private bool AppConfiguration(int first, int end)
    {
        var nameEnd = source.DottedEnd(first, end);
        if (nameEnd - first < 3 || nameEnd >= end)
        {
            return false;
        }

        var receiver = source.Dotted(first, nameEnd - 2);
        if (receiver is "self" or "cls")
        {
            return false;
        }

        var member = source[nameEnd - 1].Text;
        int equals;
        string name;
        if (member == "config" && source.Is(nameEnd, "[") && nameEnd + 3 < end && source[nameEnd + 1].Kind == PythonTokenKind.String
            && source[nameEnd + 1] is { IsInterpolated: false, Value: { Length: > 0 } key } && source.Is(nameEnd + 2, "]"))
        {
            equals = nameEnd + 3;
            name = key;
            receiver += ".config";
        }
        else if (nameEnd - first >= 5 && source.Is(nameEnd - 3, "conf") && Imports("celery"))
        {
            equals = nameEnd;
            name = member;
            receiver = source.Dotted(first, nameEnd - 2);
        }
        else if (AppAttributes.Contains(member) && (member != "debug" || Imports("flask")))
        {
            equals = nameEnd;
            name = member;
        }
        else
        {
            return false;
        }

        if (!source.Is(equals, "=") || equals + 1 >= end)
        {
            return false;
        }

        var value = values.Read(equals + 1, end);
        sink.Settings.Add(new SettingFact(name, receiver, value, source.Span(first, end), member == "config" || receiver.EndsWith(".conf", StringComparison.Ordinal) ? SettingOrigin.PythonDict : SettingOrigin.PythonModule));
        return true;
    }

    private bool Imports(string module) => sink.Imports.Any(i => i.Module == module || i.Module.StartsWith(module + ".", StringComparison.Ordinal));

    private void DictSettings(FactValue value, string scope)
    {
        foreach (var entry in value.Kind == ValueKind.Dict ? value.Entries : [])
        {
            var span = source.Join(entry.KeySpan, entry.Value.Span);
            sink.Settings.Add(new SettingFact(entry.Key, scope, entry.Value, span, SettingOrigin.PythonDict));
            DictSettings(entry.Value, $"{scope}.{entry.Key}");
        }
    }
}
