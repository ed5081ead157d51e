namespace ProdReady.Engine.Facts.Readers;

/// <summary>What a start command runs: the kind of server and its name (<c>gunicorn</c>, <c>vite</c>,
/// <c>python</c> for a plain script).</summary>
internal sealed record ServerCommand(EntryPointKind Kind, string Server)
{
    /// <summary>True for <c>python main.py</c>-style commands that name no server at all.</summary>
    public bool IsPlainScript => Kind == EntryPointKind.Other && Server == CommandClassifier.PythonScript;
}
