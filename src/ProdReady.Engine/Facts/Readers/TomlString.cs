namespace ProdReady.Engine.Facts.Readers;

/// <summary>A string in a TOML value: its content, where the content starts in the text, and whether it sits inside
/// a nested array or inline table rather than directly in the entry's value.</summary>
internal sealed record TomlString(string Value, int Offset, bool Nested);
