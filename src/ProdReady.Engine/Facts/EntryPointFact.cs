namespace ProdReady.Engine.Facts;

/// <summary>How the app is started: a command in package.json scripts, a Procfile, a shell script, a gunicorn
/// config, a Dockerfile CMD, or a <c>uvicorn.run(...)</c>/<c>app.run(...)</c> call in code.</summary>
public sealed record EntryPointFact(EntryPointKind Kind, string Server, string Command, SourceSpan Span);
