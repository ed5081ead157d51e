namespace ProdReady.Engine.Facts.Python;

/// <summary>One token: <see cref="Text"/> is the source text for names, numbers, operators and brackets, and empty
/// for strings, whose decoded content is <see cref="Value"/> (null when an f-string has placeholders).
/// <see cref="Depth"/> counts the brackets around the token (an opening or closing bracket sits outside itself).</summary>
internal readonly record struct PythonToken(PythonTokenKind Kind, int Start, int End, string Text, int Depth)
{
    public string? Value { get; init; }

    public bool IsInterpolated { get; init; }

    /// <summary>The expressions of an f-string's replacement fields, as offsets into the file.</summary>
    public IReadOnlyList<(int Start, int End)>? Fields { get; init; }

    public bool Is(string text) => Kind != PythonTokenKind.String && Text == text;

    public bool IsName => Kind == PythonTokenKind.Name;
}
