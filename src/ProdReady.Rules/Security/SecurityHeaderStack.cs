using ProdReady.Engine.Facts;

namespace ProdReady.Rules.Security;

/// <summary>How one web framework is recognised as serving an app, and what sets security headers in it. Adding a
/// framework to <see cref="SecurityHeadersMissing"/> is one more instance of this record.</summary>
internal sealed record SecurityHeaderStack
{
    public required string Framework { get; init; }

    public required SourceLanguage Language { get; init; }

    /// <summary>The call that creates the app: <c>Flask(__name__)</c>, <c>express()</c>.</summary>
    public required Func<CallFact, bool> CreatesApp { get; init; }

    /// <summary>The framework's app class, so that a subclass of it (<c>class CTFdFlask(Flask)</c>) creates an app too.</summary>
    public string? AppClass { get; init; }

    /// <summary>Modules whose import means a header middleware is used: <c>flask_talisman</c>, <c>helmet</c>.</summary>
    public required IReadOnlyList<string> HeaderModules { get; init; }

    /// <summary>Calls that install such a middleware: <c>Talisman(app)</c>, <c>helmet()</c>.</summary>
    public required IReadOnlyList<string> HeaderCalls { get; init; }

    /// <summary>What the finding says was searched for.</summary>
    public required string Searched { get; init; }
}
