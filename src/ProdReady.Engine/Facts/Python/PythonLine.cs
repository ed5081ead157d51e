namespace ProdReady.Engine.Facts.Python;

/// <summary>A logical line: tokens <see cref="First"/> (inclusive) to <see cref="End"/> (exclusive), and the width of
/// its indentation with tabs expanded to multiples of eight, as the Python tokenizer counts it.</summary>
internal readonly record struct PythonLine(int First, int End, int Indent);
