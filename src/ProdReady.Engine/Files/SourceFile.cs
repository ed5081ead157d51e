namespace ProdReady.Engine.Files;

/// <summary>One file of the audited repository, read once and shared by every reader and rule.
/// <see cref="Path"/> is relative to the root with forward slashes.</summary>
public sealed class SourceFile
{
    private int[]? _lineStarts;

    public SourceFile(string path, string text, long bytes)
    {
        Path = path;
        Text = text;
        Bytes = bytes;
    }

    public string Path { get; }

    public string Text { get; }

    public long Bytes { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public string Extension => System.IO.Path.GetExtension(Path).ToLowerInvariant();

    public int LineCount => LineStarts.Length;

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
