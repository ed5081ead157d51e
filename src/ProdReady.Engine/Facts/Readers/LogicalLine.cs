namespace ProdReady.Engine.Facts.Readers;

/// <summary>A command line of a shell script, Makefile recipe or Dockerfile with its backslash continuations
/// joined; <see cref="Line"/> and <see cref="Column"/> are where it starts.</summary>
internal sealed record LogicalLine(int Line, int Column, int Length, string Text);
