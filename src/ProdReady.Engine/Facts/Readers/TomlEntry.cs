using System.Collections.Immutable;

namespace ProdReady.Engine.Facts.Readers;

/// <summary>A <c>key = value</c> line of a TOML table: the key's offset in the text, the value's raw text and every
/// string found in the value.</summary>
internal sealed record TomlEntry(string Table, string Key, int KeyOffset, int KeyLength, string Raw, ImmutableArray<TomlString> Strings);
