namespace ProdReady.Engine.Facts.Python;

/// <summary>Assignments at module and class level: <c>NAME = v</c>, <c>a = b = v</c> and <c>NAME: T = v</c>
/// become settings (with every string-keyed dict entry below them) and, in a class, fields. Attribute targets
/// (<c>a.b = v</c>), unpacking and assignments inside functions are not settings.</summary>
internal sealed class PythonAssignmentReader(PythonSource source, PythonValueReader values, PythonCallScanner scanner, PythonFactSink sink)
{
    public void Read(int first, int end, PythonScope? container)
    {
        if (!PythonSyntax.IsIdentifier(source[first]))
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
