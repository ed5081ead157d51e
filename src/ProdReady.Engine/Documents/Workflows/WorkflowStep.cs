using System.Collections.Immutable;
using ProdReady.Engine.Facts;

namespace ProdReady.Engine.Documents.Workflows;

/// <summary>One step of a GitHub Actions job; <see cref="Span"/> is where the step's mapping starts.</summary>
public sealed record WorkflowStep
{
    public required SourceSpan Span { get; init; }

    public DocumentValue? Name { get; init; }

    /// <summary>The <c>uses:</c> value as written.</summary>
    public DocumentValue? Uses { get; init; }

    public DocumentValue? Run { get; init; }

    public ImmutableDictionary<string, DocumentValue> With { get; init; } = ImmutableDictionary<string, DocumentValue>.Empty;

    public ImmutableDictionary<string, DocumentValue> Env { get; init; } = ImmutableDictionary<string, DocumentValue>.Empty;

    public ActionReference? Action => Uses is { } uses ? ActionReference.Parse(uses.Text) : null;
}
