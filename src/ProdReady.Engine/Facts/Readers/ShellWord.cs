namespace ProdReady.Engine.Facts.Readers;

/// <summary>A word of a shell command line after quote removal, or a control operator (<c>&amp;&amp;</c>,
/// <c>||</c>, <c>;</c>, <c>|</c>, <c>&amp;</c>) that separates commands.</summary>
internal readonly record struct ShellWord(string Text, bool IsOperator);
