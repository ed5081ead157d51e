namespace ProdReady.Engine.Files;

/// <summary>One file of the audited repository, read once and shared by every reader and rule.
/// <see cref="Path"/> is relative to the root with forward slashes. A file read from disk can <see cref="Release"/>
/// its text once the per-file work is done, so a large tree is never held in memory whole: the text is then kept only
/// as long as the garbage collector allows and read again from disk when a rule asks for it.</summary>
public sealed class SourceFile
{
    private readonly Func<string?>? _reload;
    private readonly Lock _gate = new();
    private string? _text;
    private WeakReference<string>? _released;
    private int[]? _lineStarts;

    public SourceFile(string path, string text, long bytes)
        : this(path, text, bytes, null)
    {
    }

    internal SourceFile(string path, string text, long bytes, Func<string?>? reload)
    {
        Path = path;
        _text = text;
        Bytes = bytes;
        _reload = reload;
    }

    public string Path { get; }

    public string Text
    {
        get
        {
            var text = _text;
            if (text is not null)
            {
                return text;
            }

            lock (_gate)
            {
                if (_text is not null)
                {
                    return _text;
                }

                if (_released is not null && _released.TryGetTarget(out var kept))
                {
                    return kept;
                }

                // The file changed into something unreadable since it was walked: it reads as empty from now on.
                var reloaded = _reload?.Invoke() ?? string.Empty;
                _released = new WeakReference<string>(reloaded);
                return reloaded;
            }
        }
    }

    public long Bytes { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    public int LineCount => LineStarts.Length;

    /// <summary>Lets go of the text if it can be read again from disk; in-memory files keep theirs.</summary>
    public void Release()
    {
        if (_reload is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_text is not null)
            {
                _released = new WeakReference<string>(_text);
                _text = null;
            }
        }
    }

    private int[] LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    /// <summary>1-based line and column of a zero-based character offset.</summary>
    public (int Line, int Column) Position(int offset)
    {
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - starts[index] + 1);
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string Line(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length)
        {
            return string.Empty;
        }

        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    public int Offset(int line, int column) => LineStarts[Math.Clamp(line, 1, LineStarts.Length) - 1] + column - 1;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
