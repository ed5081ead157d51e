namespace ProdReady.Engine.Facts.Python;

/// <summary>The function a statement is in (null at module or class level) and whether it is async.</summary>
internal readonly record struct PythonContext(string? Function, bool IsAsync);
